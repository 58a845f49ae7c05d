import { Download, ImageDown, RefreshCw } from 'lucide-react'
import { Button } from '../components/ui/button'
import { Card, CardTitle } from '../components/ui/card'
import { formatBytes, formatCents, formatSeconds } from '../lib/stages'
import type { Ad } from '../lib/types'

export function AdPanel({ ad, onNewVersion }: { ad: Ad; onNewVersion: () => void }) {
  if (!ad.video_url) return null
  return (
    <Card aria-labelledby="ad-title">
      <CardTitle id="ad-title">Your ad</CardTitle>
      <video
        data-testid="ad-video"
        controls
        preload="metadata"
        playsInline
        poster={ad.thumbnail_url ?? undefined}
        src={ad.video_url}
        className="mb-3 w-full rounded-md bg-black"
        aria-label="Finished video ad"
      />
      <dl className="mb-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
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
      <div className="flex flex-wrap gap-2">
        <a
          href={ad.video_url}
          download={`zapcut-${ad.id}.mp4`}
          className="inline-flex items-center gap-2 rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark"
        >
          <Download size={16} aria-hidden="true" /> Download MP4
        </a>
        {ad.thumbnail_url && (
          <a
            href={ad.thumbnail_url}
            download={`zapcut-${ad.id}.jpg`}
            className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
          >
            <ImageDown size={16} aria-hidden="true" /> Download thumbnail
          </a>
        )}
        <Button variant="ghost" onClick={onNewVersion}>
          <RefreshCw size={16} aria-hidden="true" /> Make another version
        </Button>
      </div>
    </Card>
  )
}
