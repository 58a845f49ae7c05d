import { Download, ImageDown, RefreshCw } from 'lucide-react'
import { Button } from '../components/ui/button'
import { Card, CardTitle } from '../components/ui/card'
import { formatBytes, formatCents, formatSeconds } from '../lib/stages'
import type { Ad } from '../lib/types'
import { BrandChecks } from './BrandChecks'

/**
 * The player's most height, in percent of the window: with the title above and the download row
 * right under it, the whole card fits a 1280x800 window in every format (9:16 included).
 */
export const PLAYER_MAX_VH = 65

/** Width and height of "16:9", "9:16", "1:1"; 16:9 for anything else. */
export function aspectOf(ratio: string | null | undefined): [number, number] {
  const m = /^(\d+):(\d+)$/.exec(ratio ?? '')
  return m && Number(m[1]) > 0 && Number(m[2]) > 0 ? [Number(m[1]), Number(m[2])] : [16, 9]
}

/** The same signed link, asking the server to send the file as an attachment (the signature covers the path only). */
export function downloadLink(url: string): string {
  const u = new URL(url, window.location.href)
  u.searchParams.set('download', '1')
  return u.origin === window.location.origin ? u.pathname + u.search : u.toString()
}

export function AdPanel({ ad, onNewVersion }: { ad: Ad; onNewVersion: () => void }) {
  if (!ad.video_url) return null
  const [w, h] = aspectOf(ad.aspect_ratio)
  return (
    <Card aria-labelledby="ad-title">
      <CardTitle id="ad-title">Your ad</CardTitle>
      <div className="mx-auto mb-3 w-full" style={{ maxWidth: `calc(${PLAYER_MAX_VH}vh * ${w} / ${h})` }}>
        <video
          data-testid="ad-video"
          controls
          preload="metadata"
          playsInline
          poster={ad.thumbnail_url ?? undefined}
          src={ad.video_url}
          style={{ aspectRatio: `${w} / ${h}` }}
          // max-h repeats PLAYER_MAX_VH for browsers without aspect-ratio (Tailwind needs the literal).
          className="block max-h-[65vh] w-full rounded-md bg-black object-contain"
          aria-label="Finished video ad"
          // The captions file is on the same origin (a signed link), so no CORS mode is needed.
        >
          {ad.captions_vtt_url && (
            // Burned captions are in the picture already: the track is then off until the viewer turns it on
            // (screen readers and the player's menu still have it); sidecar captions show by default.
            <track
              data-testid="ad-captions"
              kind="captions"
              srcLang="en"
              label="English (timed to the voice)"
              src={ad.captions_vtt_url}
              default={ad.captions === 'sidecar'}
            />
          )}
        </video>
      </div>
      <div className="mb-3 flex flex-wrap gap-2">
        {/* No name in `download`: the server's Content-Disposition names the file (product, format, day). */}
        <a
          href={downloadLink(ad.video_url)}
          download
          className="inline-flex items-center gap-2 rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark"
        >
          <Download size={16} aria-hidden="true" /> Download MP4
        </a>
        {ad.thumbnail_url && (
          <a
            href={downloadLink(ad.thumbnail_url)}
            download
            className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
          >
            <ImageDown size={16} aria-hidden="true" /> Download thumbnail
          </a>
        )}
        <Button variant="ghost" onClick={onNewVersion}>
          <RefreshCw size={16} aria-hidden="true" /> Start again from the plan
        </Button>
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Duration</dt>
          <dd className="font-medium">{ad.duration_seconds != null ? `${Number(ad.duration_seconds).toFixed(1)} s` : '–'}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Resolution</dt>
          <dd className="font-medium">{ad.resolution ?? '–'}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Size</dt>
          <dd className="font-medium">{formatBytes(ad.file_size_bytes)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Generation time</dt>
          <dd className="font-medium">{formatSeconds(ad.generation_duration_seconds)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Cost</dt>
          <dd className="font-medium">{formatCents(ad.api_cost_cents)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Format</dt>
          <dd className="font-medium">{ad.aspect_ratio}</dd>
        </div>
      </dl>
      {ad.captions_srt_url && (
        <p className="mt-3 text-sm text-slate-600">
          Captions timed to the voice:{' '}
          <a className="underline" href={downloadLink(ad.captions_srt_url)} download>
            SRT
          </a>{' '}
          ·{' '}
          <a className="underline" href={downloadLink(ad.captions_vtt_url ?? ad.captions_srt_url)} download>
            WebVTT
          </a>
          {ad.captions === 'burned' ? ' (also burned into the video)' : ''}
        </p>
      )}
      <BrandChecks scenes={ad.quality_report?.scenes ?? []} />
    </Card>
  )
}
