import { Clapperboard, Undo2 } from 'lucide-react'
import { useCallback, useId, useMemo } from 'react'
import { Button } from '../../components/ui/button'
import type { StoryboardScene, VersionEntry } from '../../lib/revisions'
import type { Placed, Spot } from './draft'
import { buildRequest } from './draft'
import { MusicFields } from './MusicFields'
import { PlanSummary } from './PlanSummary'
import { RenderProgress } from './RenderProgress'
import { SceneFields } from './SceneFields'
import { ScenePicker } from './ScenePicker'
import { useRender } from './useRender'
import { useRevisionDraft } from './useRevisionDraft'
import { useRevisionPlan } from './useRevisionPlan'

/** The scene numbers that `fields` has a message about. */
function scenesIn(fields: Placed['fields']): number[] {
  const out = new Set<number>()
  for (const spot of Object.keys(fields) as Spot[]) {
    const m = /^scene\.(\d+)/.exec(spot)
    if (m) out.add(Number(m[1]))
  }
  return [...out]
}

/**
 * "Edit a scene": change one or more scenes' on-screen text, picture or length and/or the music, see
 * what the server would run again and what it costs as you type, then render the new version and
 * follow it to the end.
 */
export function SceneEditor({
  adId,
  storyboard,
  versions,
  onVersionsChanged,
  onShowVersion,
  onCompare,
}: {
  adId: string
  storyboard: StoryboardScene[]
  versions: VersionEntry[]
  /** A version was placed or ended: the list is read again. */
  onVersionsChanged: () => void
  onShowVersion: (adId: string) => void
  /** Compare two versions (by ad id) side by side. */
  onCompare: (a: string, b: string) => void
}) {
  const ids = useId()
  const { draft, setScene, editScene, set, clear } = useRevisionDraft(adId)
  const built = useMemo(() => buildRequest(draft, storyboard), [draft, storyboard])
  const localProblems = Object.keys(built.problems).length > 0
  const plan = useRevisionPlan(adId, localProblems ? null : built.request, built.sent, draft)
  const onPlaced = useCallback(() => {
    clear()
    onVersionsChanged()
  }, [clear, onVersionsChanged])
  const render = useRender(adId, { onPlaced, onEnded: onVersionsChanged })

  // The refusal of the last Render, else the server's word on the change as planned (kept while a newer one is asked).
  const refusal = render.refusal ?? plan.refusal
  const messages: Placed['fields'] = { ...(refusal?.fields ?? {}), ...built.problems }
  const scene = storyboard.find((s) => s.scene_index === draft.scene) ?? storyboard[0]
  const refusedNow = !plan.checking && plan.refusal !== null
  const canRender = built.request !== null && !localProblems && !refusedNow && !render.placing
  // Messages about scenes not shown in the fields: named here, so none goes unseen.
  const elsewhere = scenesIn(messages).filter((n) => n !== scene?.scene_index)

  // Any edit makes the refusal of the last Render stale.
  const touched = render.clearRefusal

  if (render.placed) {
    const placed = render.placed
    return (
      <RenderProgress
        placed={placed}
        view={render.job.view}
        followError={render.job.error}
        entry={versions.find((v) => v.ad_id === placed.ad_id)}
        actionError={render.actionError}
        onCancel={render.cancel}
        onRetry={render.retry}
        onShow={() => placed.ad_id && onShowVersion(placed.ad_id)}
        onCompare={() => placed.ad_id && onCompare(placed.parent_ad_id, placed.ad_id)}
        onDismiss={render.dismiss}
      />
    )
  }
  if (!scene) return <p className="text-sm text-slate-700">Loading the ad’s scenes…</p>

  return (
    <div>
      <ScenePicker
        storyboard={storyboard}
        value={scene.scene_index}
        onPick={setScene}
        edited={built.sent}
        troubled={scenesIn(messages)}
      />
      {elsewhere.length > 0 && (
        <p className="mb-2 text-sm text-red-700">
          {elsewhere.map((n) => `Scene ${n} needs a fix (pick it above to see why).`).join(' ')}
        </p>
      )}
      <SceneFields
        key={scene.scene_index}
        scene={scene}
        edit={draft.scenes[scene.scene_index]}
        onEdit={(e) => {
          touched()
          editScene(scene.scene_index, e)
        }}
        rebalance={draft.rebalance}
        onRebalance={(on) => {
          touched()
          set({ rebalance: on })
        }}
        messages={messages}
      />
      <MusicFields
        choice={draft.music}
        mood={draft.mood}
        onChoice={(music) => {
          touched()
          set({ music })
        }}
        onMood={(mood) => {
          touched()
          set({ mood })
        }}
        error={messages.music}
      />
      <div aria-live="polite" className="mb-3">
        {!built.request && !localProblems && <p className="text-sm text-slate-600">Change something above to see what it takes.</p>}
        {built.request && plan.plan && <PlanSummary plan={plan.plan} checking={plan.checking} />}
        {built.request && !plan.plan && plan.checking && <p className="text-sm text-slate-600">Working out what this change takes…</p>}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          onClick={() => built.request && render.place(built.request, built.sent, draft)}
          disabled={!canRender}
          aria-describedby={refusal?.general ? `${ids}-general` : undefined}
        >
          <Clapperboard size={16} aria-hidden="true" /> {render.placing ? 'Starting…' : 'Render new version'}
        </Button>
        {built.request && (
          <Button variant="ghost" onClick={clear}>
            <Undo2 size={16} aria-hidden="true" /> Discard changes
          </Button>
        )}
      </div>
      {refusal?.general && (
        <p id={`${ids}-general`} role="alert" className="mt-2 text-sm text-red-700">
          {refusal.general}
        </p>
      )}
    </div>
  )
}
