import { Sparkles } from 'lucide-react'
import sampleAd from '../assets/sample-ad.mp4'
import { Button } from '../components/ui/button'

/**
 * What Zapcut does, said once and shown once: a real ad from the offline pipeline (made by
 * scripts/make-sample-ad.sh, shipped with the studio so nothing is fetched at run time), playing
 * muted in a loop. Its controls let anyone pause it.
 */
export function SamplePitch({ onSignUp }: { onSignUp?: () => void }) {
  return (
    <section aria-labelledby="pitch-line" className="space-y-3">
      <p id="pitch-line" data-testid="pitch-line" className="text-2xl font-semibold leading-snug text-slate-900">
        Zapcut turns your product brief and photos into a finished video ad.
      </p>
      <video
        data-testid="sample-ad"
        src={sampleAd}
        autoPlay
        muted
        loop
        playsInline
        controls
        preload="auto"
        // React sets `muted` as a property after the element exists; saying it again on mount keeps
        // browsers that check it before the first frame from refusing to autoplay.
        ref={(v) => {
          if (v) v.muted = true
        }}
        aria-label="A sample ad made by Zapcut"
        className="aspect-video w-full rounded-lg bg-black shadow-sm"
      />
      <p className="text-sm text-slate-700">
        This 15-second sample was made by Zapcut from one product photo and a short brief: storyboard, scenes, music and
        text, all in one go.
      </p>
      {onSignUp && (
        <Button onClick={onSignUp}>
          <Sparkles size={16} aria-hidden="true" /> Create your first ad – sign up
        </Button>
      )}
    </section>
  )
}
