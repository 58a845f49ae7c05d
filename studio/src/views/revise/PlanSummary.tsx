import { formatCents, formatSeconds, stageLabel } from '../../lib/stages'
import type { RevisionPlan } from '../../lib/revisions'
import { secondsText } from '../../lib/revisions'

const list = (ns: number[]) => ns.join(', ')

/**
 * What the server says a change takes: the stages that run again, the scenes drawn again or cut to a
 * new length, the music, and the estimated cost and time. Faded while a newer answer is on its way.
 */
export function PlanSummary({ plan, checking }: { plan: RevisionPlan; checking: boolean }) {
  return (
    <div
      data-testid="revision-plan"
      aria-busy={checking || undefined}
      className={`rounded-md border border-slate-200 bg-slate-50 p-3 text-sm ${checking ? 'opacity-60' : ''}`}
    >
      <p className="mb-1 font-medium">Runs again:</p>
      <ul aria-label="Stages that run again" className="mb-2 flex flex-wrap gap-1">
        {plan.stages.map((s) => (
          <li key={s} data-stage={s} className="rounded bg-white px-2 py-0.5 text-xs ring-1 ring-slate-300">
            {stageLabel(s)}
          </li>
        ))}
      </ul>
      <ul className="mb-2 space-y-0.5 text-slate-700">
        {plan.made_anew && <li>A new creative direction: everything is made anew.</li>}
        <li data-testid="plan-redrawn">
          {plan.scenes_remade.length === 0
            ? 'No scene is drawn again.'
            : `Drawn again: scene${plan.scenes_remade.length > 1 ? 's' : ''} ${list(plan.scenes_remade)}.`}
        </li>
        {plan.scenes_retimed.length > 0 && (
          <li>
            Cut to new lengths: scene{plan.scenes_retimed.length > 1 ? 's' : ''} {list(plan.scenes_retimed)} (
            {plan.scene_durations.map(secondsText).join(' · ')} s).
          </li>
        )}
        <li>{plan.music_remade ? 'The music is composed again.' : 'The music is kept.'}</li>
      </ul>
      <p data-testid="revision-estimate" className="font-medium">
        Estimated cost {formatCents(plan.estimated_cost_cents)} · about {formatSeconds(plan.estimated_duration_seconds)}
      </p>
    </div>
  )
}
