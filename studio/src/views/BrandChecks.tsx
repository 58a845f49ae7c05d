import { AlertTriangle, CheckCircle2, RotateCcw } from 'lucide-react'
import type { SceneBrandCheck } from '../lib/types'

const percent = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? '–' : `${Math.round(v * 100)}%`)

/**
 * Each scene's brand check as the quality record holds it: how well it keeps to the palette and shows
 * the product, whether its text sits in the safe area (and, over a vendor's clip, off the product), whether it passed, and whether it was made again (and which take was kept) or kept with
 * a flag (the budget would have been passed).
 */
export function BrandChecks({ scenes }: { scenes: SceneBrandCheck[] }) {
  if (scenes.length === 0) return null
  return (
    <section aria-labelledby="brand-checks-title" className="mt-4">
      <h3 id="brand-checks-title" className="mb-2 text-sm font-semibold">
        Brand check per scene
      </h3>
      <table className="w-full text-left text-sm" data-testid="brand-checks">
        <thead className="text-slate-600">
          <tr>
            <th className="py-1 font-medium">Scene</th>
            <th className="py-1 font-medium">Palette</th>
            <th className="py-1 font-medium">Product</th>
            <th className="py-1 font-medium">Text</th>
            <th className="py-1 font-medium">Score</th>
            <th className="py-1 font-medium">Result</th>
          </tr>
        </thead>
        <tbody>
          {scenes.map((s) => {
            const flagged = (s.flags ?? []).length > 0
            return (
              <tr key={s.scene} data-testid={`brand-check-${s.scene}`} className="border-t border-slate-200">
                <td className="py-1">{s.scene}</td>
                <td className="py-1">{percent(s.palette_adherence)}</td>
                <td className="py-1">{percent(s.product_match)}</td>
                <td className="py-1">
                  {s.text_in_safe_area == null ? '–' : s.text_in_safe_area ? 'in the safe area' : 'outside the safe area'}
                  {s.text_clear_of_product == null ? '' : s.text_clear_of_product ? ', clear of the product' : ', over the product'}
                  {s.text_contrast == null ? '' : `, contrast ${s.text_contrast.toFixed(1)}:1`}
                </td>
                <td className="py-1">{percent(s.score)}</td>
                <td className="py-1">
                  {flagged ? (
                    <span className="inline-flex items-center gap-1 text-amber-700">
                      <AlertTriangle size={14} aria-hidden="true" /> {(s.flags ?? []).join('; ')}
                    </span>
                  ) : s.regenerated ? (
                    <span className="inline-flex items-center gap-1 text-slate-700" title={s.reason ?? undefined}>
                      <RotateCcw size={14} aria-hidden="true" /> made again{s.reason ? ` (${s.reason})` : ''}, kept take {s.kept_attempt ?? 2}
                    </span>
                  ) : (
                    <span className="inline-flex items-center gap-1 text-emerald-700">
                      <CheckCircle2 size={14} aria-hidden="true" /> {s.passed ? 'on brand' : 'below the bar'}
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
