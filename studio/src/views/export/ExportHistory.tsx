import { ExternalLink } from 'lucide-react'
import { useEffect, useState } from 'react'
import { messageOf } from '../../lib/api'
import type { Export } from '../../lib/publishing'
import { accountName, adExports, labelOf, stepText } from '../../lib/publishing'

/** Where this ad was posted, newest first: platform, account, when, and the link or the error. */
export function ExportHistory({ adId, version }: { adId: string; version: number }) {
  const [exports, setExports] = useState<Export[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    adExports(adId).then(
      (body) => {
        if (live) {
          setExports(body.exports)
          setError(null)
        }
      },
      (e) => {
        if (live) setError(messageOf(e))
      },
    )
    return () => {
      live = false
    }
  }, [adId, version])
  return (
    <section aria-labelledby="history-title" className="mt-4">
      <h3 id="history-title" className="mb-2 text-sm font-semibold">
        Posting history
      </h3>
      {error && <p className="text-sm text-red-700">The history could not be loaded: {error}</p>}
      {exports && exports.length === 0 && <p className="text-sm text-slate-600">This ad has not been posted yet.</p>}
      {exports && exports.length > 0 && (
        <ul aria-label="Posting history" className="divide-y divide-slate-200 text-sm">
          {exports.map((x) => (
            <li key={x.export_id} data-status={x.status} className="py-2">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium">{labelOf(x.platform)}</span>
                <span>{accountName(x.account)}</span>
                <time dateTime={x.posted_at ?? x.created_at} className="text-slate-600">
                  {new Date(x.posted_at ?? x.created_at).toLocaleString()}
                </time>
                <span className={x.status === 'failed' ? 'text-red-700' : x.status === 'succeeded' ? 'text-emerald-800' : 'text-slate-700'}>
                  {x.status === 'succeeded' ? 'Posted' : x.status === 'failed' ? 'Failed' : stepText(x)}
                </span>
              </div>
              {x.status === 'succeeded' && x.post_url && (
                <a href={x.post_url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-brand underline">
                  {x.post_url} <ExternalLink size={12} aria-hidden="true" />
                </a>
              )}
              {x.status === 'failed' && x.error && <p className="text-red-700">{x.error.detail}</p>}
              {x.caption && <p className="line-clamp-2 whitespace-pre-wrap text-slate-600">{x.caption}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
