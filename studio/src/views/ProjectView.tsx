import { ArrowLeft, X } from 'lucide-react'
import { useCallback, useEffect } from 'react'
import type { JobView } from '../lib/progress'
import type { SceneEditPayload, Stage } from '../lib/types'
import { Button } from '../components/ui/button'
import { useRouter } from '../store/router'
import { useWorkspace } from '../store/workspace'
import { AdPanel } from './AdPanel'
import { AssetPanel } from './AssetPanel'
import { BriefPanel } from './BriefPanel'
import { ChatPanel } from './ChatPanel'
import { ExportPanel } from './export/ExportPanel'
import { ProgressPanel } from './ProgressPanel'
import { ReviewPanel } from './ReviewPanel'
import { RevisePanel } from './revise/RevisePanel'

export function ProjectView({ projectId }: { projectId: string }) {
  const w = useWorkspace()
  const navigate = useRouter((s) => s.navigate)
  const { open, close, saveScenes, saveScenesAsPageCloses } = w
  // Bound to this page's project, so a save made as the page is left still reaches it.
  const onSaveScenes = useCallback((scenes: SceneEditPayload[]) => saveScenes(projectId, scenes), [saveScenes, projectId])
  const onSaveAsPageCloses = useCallback(
    (scenes: SceneEditPayload[]) => saveScenesAsPageCloses(projectId, scenes),
    [saveScenesAsPageCloses, projectId],
  )

  const showAdById = w.showAdById
  // A version picked in the iterate card: shown in the player above, scrolled into view.
  const showVersion = useCallback(
    (adId: string) => void showAdById(adId).then(() => document.getElementById('ad-title')?.scrollIntoView({ block: 'start' })),
    [showAdById],
  )
  useEffect(() => {
    // `?ad=<id>`: this ad rather than the latest (the Export step comes back here from a platform's sign-in page).
    // Read here and dropped once the project is open: an effect run twice (StrictMode) still finds it.
    const wanted = adParam()
    void open(projectId).then(() => {
      dropAdParam()
      return wanted ? showAdById(wanted) : undefined
    })
    return () => close()
  }, [projectId, open, close, showAdById])

  const c = w.conversation
  const stage = c?.stage
  const keyframes = [1, 2, 3, 4, 5].map((i) => w.ad?.keyframe_urls?.[`scene_${i}`] ?? '')
  return (
    <div className="mx-auto max-w-6xl p-3 sm:p-6">
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <Button variant="ghost" onClick={() => navigate('/projects')}>
          <ArrowLeft size={16} aria-hidden="true" /> Projects
        </Button>
        <h1 className="text-xl font-semibold">{w.project?.name ?? 'Loading…'}</h1>
      </div>
      {w.error && (
        <div role="alert" className="mb-4 flex items-start justify-between gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <span>{w.error}</span>
          <button type="button" onClick={w.dismissError} aria-label="Dismiss error" className="rounded p-1 hover:bg-red-100">
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      )}
      {c && (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          <ChatPanel
            messages={c.messages}
            stage={c.stage}
            sending={w.sending}
            onSend={w.send}
            error={w.chatError}
            maxChars={c.max_message_chars}
            onGoToStage={w.goToStage}
            stageError={w.stageError}
            stepsLocked={stepsLocked(c.stage, w.job)}
            reachable={c.reachable}
          />
          <div className="space-y-4">
            <BriefPanel
              state={c.state}
              imageCount={c.image_count}
              errors={w.briefErrors}
              onPatch={w.patchBrief}
              locked={briefLocked(c.stage)}
            />
            {stage === 'final_review' && c.review && (
              <ReviewPanel
                review={c.review}
                busy={w.generating}
                hasPhotos={c.image_count > 0}
                saving={w.savingScenes > 0}
                sceneErrors={w.sceneErrors}
                generateError={w.generateError}
                me={w.me}
                onSave={onSaveScenes}
                onSaveAsPageCloses={onSaveAsPageCloses}
                onGenerate={w.generate}
              />
            )}
            {(stage === 'generate_video' || stage === 'export_video') && w.job && (
              <ProgressPanel job={w.job} keyframes={keyframes} onCancel={w.cancel} onRetry={w.retry} />
            )}
            {w.ad?.video_url && <AdPanel ad={w.ad} onNewVersion={w.newVersion} />}
            {w.ad?.video_url && <RevisePanel key={w.ad.id} ad={w.ad} onShowVersion={showVersion} />}
            {w.ad?.video_url && <ExportPanel ad={w.ad} />}
            {stage === 'generate_video' && w.job && (w.job.status === 'cancelled' || w.job.status === 'failed') && (
              <Button variant="secondary" onClick={w.newVersion}>
                Back to the review
              </Button>
            )}
            <AssetPanel
              assets={w.project?.assets ?? []}
              previews={w.previews}
              uploading={w.uploading}
              onUpload={w.upload}
              onRemove={w.removeAsset}
            />
            {w.project && (w.project.creative_bibles.length > 0 || w.project.total_ads > 0) && (
              <section aria-labelledby="bibles-title" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <h2 id="bibles-title" className="mb-2 text-base font-semibold">
                  Creative bibles and ads
                </h2>
                <ul aria-label="Creative bibles" className="mb-3 list-inside list-disc">
                  {w.project.creative_bibles.map((b) => (
                    <li key={b.id}>{b.name}</li>
                  ))}
                </ul>
                <p className="mb-2">
                  {w.project.total_ads} ad{w.project.total_ads === 1 ? '' : 's'} in this project.
                </p>
                {w.ads.length > 0 && (
                  <ul aria-label="Ads" className="grid grid-cols-2 gap-2 sm:grid-cols-3">
                    {w.ads.map((a) => (
                      <li key={a.id}>
                        <button
                          type="button"
                          onClick={() => w.showAd(a)}
                          disabled={!a.video_url}
                          aria-label={`Watch the ad of ${new Date(a.created_at).toLocaleString()}`}
                          className="w-full overflow-hidden rounded-md border border-slate-200 text-left hover:border-brand disabled:opacity-70"
                        >
                          <div className="aspect-video bg-slate-100">
                            {a.thumbnail_url && <img src={a.thumbnail_url} alt="" className="h-full w-full object-cover" />}
                          </div>
                          <span className="block p-1 text-xs">
                            {a.status ?? 'ad'} · {a.duration_seconds != null ? `${Math.round(Number(a.duration_seconds))} s` : ''}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
          </div>
        </div>
      )}
    </div>
  )
}

/** Why the step labels cannot take the user back now, or null: not while a generation is under way. */
function stepsLocked(stage: Stage, job: JobView | null): string | null {
  if (stage !== 'generate_video' || !job || (job.status !== 'queued' && job.status !== 'running')) return null
  return 'Your ad is being made: cancel it, or wait until it is done, to go back a step'
}

/** Why the brief cannot be edited now, or null: the server refuses brief edits from Generate on (409). */
function briefLocked(stage: Stage): string | null {
  if (stage === 'generate_video') return 'The brief is fixed while this ad is made. To change it, go back to the review (the Review step above the chat).'
  if (stage === 'export_video') return 'This ad was made from this brief. To change it for a new version, go back to the review (the Review step above the chat).'
  return null
}

/** The `ad` query parameter when it is an id, else null. */
function adParam(): string | null {
  const ad = new URLSearchParams(window.location.search).get('ad')
  return ad && /^[0-9a-f-]{36}$/i.test(ad) ? ad : null
}

/** Takes `ad` off the address bar once it has been read, so a reload shows the project as usual. */
function dropAdParam() {
  const u = new URL(window.location.href)
  if (!u.searchParams.has('ad')) return
  u.searchParams.delete('ad')
  window.history.replaceState(window.history.state, '', u.pathname + u.search + u.hash)
}
