import { Pause, Play } from 'lucide-react'
import { useRef, useState } from 'react'
import { Button } from '../../components/ui/button'
import type { VersionEntry } from '../../lib/revisions'
import { describeChanges } from '../../lib/revisions'
import { aspectOf } from '../AdPanel'
import { versionName } from './VersionList'

/** How far apart (seconds) the two may drift while playing before the second is set to the first's time. */
export const DRIFT_SECONDS = 0.25

/** play() without an unhandled rejection (a pause before it starts, or a browser that wants a gesture). */
function start(v: HTMLVideoElement) {
  void v.play()?.catch(() => undefined)
}

/**
 * Two versions side by side: one Play/Pause for both, and while "Keep in sync" is on, playing, pausing
 * or seeking either one does the same to the other, and their times are kept together as they play.
 * The second plays muted, so only one soundtrack is heard (its own controls unmute it).
 */
export function CompareVersions({ left, right }: { left: VersionEntry; right: VersionEntry }) {
  const a = useRef<HTMLVideoElement>(null)
  const b = useRef<HTMLVideoElement>(null)
  const [playing, setPlaying] = useState(false)
  const [sync, setSync] = useState(true)

  const pair = (which: 'a' | 'b') => (which === 'a' ? [a.current, b.current] : [b.current, a.current])

  const onPlay = (which: 'a' | 'b') => () => {
    setPlaying(true)
    const [self, other] = pair(which)
    if (!sync || !self || !other || !other.paused) return
    other.currentTime = self.currentTime
    start(other)
  }
  const onPause = (which: 'a' | 'b') => () => {
    const [self, other] = pair(which)
    if (sync && self && other && !other.paused && !other.ended) other.pause()
    setPlaying(!!(a.current && !a.current.paused) || !!(b.current && !b.current.paused))
  }
  const onSeeked = (which: 'a' | 'b') => () => {
    const [self, other] = pair(which)
    if (sync && self && other && Math.abs(other.currentTime - self.currentTime) > 0.05) other.currentTime = self.currentTime
  }
  // The first leads: while both play, the second is brought back whenever it drifts.
  const onTimeUpdate = () => {
    const [self, other] = pair('a')
    if (sync && self && other && !self.paused && !other.paused && !other.seeking && Math.abs(other.currentTime - self.currentTime) > DRIFT_SECONDS) {
      other.currentTime = self.currentTime
    }
  }

  const toggle = () => {
    const x = a.current
    const y = b.current
    if (!x || !y) return
    if (playing) {
      x.pause()
      y.pause()
      return
    }
    if (sync) y.currentTime = x.currentTime
    start(x)
    start(y)
  }

  return (
    <section aria-label={`Compare version ${left.version} and version ${right.version}`} className="mt-3 rounded-md border border-slate-200 p-3">
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <Button onClick={toggle}>
          {playing ? <Pause size={16} aria-hidden="true" /> : <Play size={16} aria-hidden="true" />} {playing ? 'Pause both' : 'Play both'}
        </Button>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} />
          Keep in sync
        </label>
      </div>
      <div className="grid grid-cols-2 gap-2">
        {[
          { v: left, ref: a, which: 'a' as const, muted: false },
          { v: right, ref: b, which: 'b' as const, muted: true },
        ].map(({ v, ref, which, muted }) => {
          const [w, h] = aspectOf(v.aspect_ratio)
          return (
            <figure key={v.ad_id} className="min-w-0">
              <video
                ref={ref}
                data-testid={`compare-video-${which === 'a' ? 'left' : 'right'}`}
                src={v.video_url ?? undefined}
                poster={v.thumbnail_url ?? undefined}
                controls
                playsInline
                preload="auto"
                muted={muted}
                aria-label={versionName(v)}
                onPlay={onPlay(which)}
                onPause={onPause(which)}
                onSeeked={onSeeked(which)}
                onTimeUpdate={which === 'a' ? onTimeUpdate : undefined}
                onEnded={onPause(which)}
                style={{ aspectRatio: `${w} / ${h}` }}
                className="block max-h-[50vh] w-full rounded bg-black object-contain"
              />
              <figcaption className="mt-1 text-xs text-slate-700">
                <span className="font-medium">{versionName(v)}</span> · {describeChanges(v.changes)}
                {muted ? ' (muted)' : ''}
              </figcaption>
            </figure>
          )
        })}
      </div>
    </section>
  )
}
