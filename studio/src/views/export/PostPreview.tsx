import { Globe, Play, Users } from 'lucide-react'
import type { PlatformId, Visibility } from '../../lib/publishing'
import { labelOf } from '../../lib/publishing'

/** Roughly how the post will look on the platform: the account, the caption as typed (line breaks kept), the video. */
export function PostPreview({
  platform,
  name,
  handle,
  caption,
  poster,
  visibility,
}: {
  platform: PlatformId
  name: string | null
  handle: string | null
  caption: string
  poster: string | null
  visibility?: Visibility
}) {
  const shown = name ?? (handle ? `@${handle}` : `Your ${labelOf(platform)} account`)
  return (
    <figure aria-label={`Preview of the ${labelOf(platform)} post`} className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="mb-2 flex items-center gap-2">
        <span aria-hidden="true" className="flex h-9 w-9 items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-700">
          {shown.replace(/^@/, '').charAt(0).toUpperCase()}
        </span>
        <div className="min-w-0 text-sm leading-tight">
          <p className="truncate font-semibold text-slate-900">{shown}</p>
          {platform === 'x' && handle && <p className="truncate text-slate-600">@{handle}</p>}
          {platform === 'linkedin' && (
            <p className="flex items-center gap-1 text-slate-600">
              {visibility === 'connections' ? <Users size={12} aria-hidden="true" /> : <Globe size={12} aria-hidden="true" />}
              {visibility === 'connections' ? 'Connections only' : 'Anyone'}
            </p>
          )}
        </div>
      </div>
      <p data-testid="preview-caption" className="mb-2 whitespace-pre-wrap break-words text-sm text-slate-900">
        {caption || <span className="text-slate-500">Your caption appears here.</span>}
      </p>
      <div className="relative overflow-hidden rounded-md bg-black">
        {poster ? <img src={poster} alt="The ad's first frame" className="max-h-64 w-full object-contain" /> : <div className="aspect-video" />}
        <span aria-hidden="true" className="absolute inset-0 flex items-center justify-center">
          <span className="rounded-full bg-black/60 p-3 text-white">
            <Play size={20} />
          </span>
        </span>
      </div>
    </figure>
  )
}
