import { ImagePlus, Trash2, Upload } from 'lucide-react'
import { useRef, useState, type DragEvent } from 'react'
import { Button } from '../components/ui/button'
import { Card, CardTitle } from '../components/ui/card'
import { PHOTO_FORMATS, PHOTO_MIME_TYPES } from '../lib/photoFormats'
import type { Asset } from '../lib/types'

interface AssetPanelProps {
  assets: Asset[]
  previews: Record<string, string>
  uploading: boolean
  onUpload: (file: File, label: string, role: string) => void | Promise<void>
  onRemove: (assetId: string) => void
}

const ROLES = [
  { id: 'primary_product', label: 'Main product shot' },
  { id: 'detail', label: 'Detail' },
  { id: 'lifestyle', label: 'Lifestyle' },
  { id: 'logo', label: 'Logo' },
]

export function AssetPanel({ assets, previews, uploading, onUpload, onRemove }: AssetPanelProps) {
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const [label, setLabel] = useState('hero_product')
  const [role, setRole] = useState('primary_product')

  async function take(files: FileList | null) {
    if (!files) return
    for (const f of Array.from(files)) await onUpload(f, label, role)
    if (input.current) input.current.value = ''
  }

  function drop(e: DragEvent) {
    e.preventDefault()
    setOver(false)
    void take(e.dataTransfer.files)
  }

  const images = assets.filter((a) => (a.type === 'image' || a.type === 'logo') && a.role !== 'reference')
  const references = assets.filter((a) => a.type === 'image' && a.role === 'reference')
  return (
    <Card aria-labelledby="assets-title">
      <CardTitle id="assets-title">Product photos</CardTitle>
      <div className="mb-3 grid grid-cols-2 gap-2">
        <div>
          <label htmlFor="asset-label" className="mb-1 block text-sm font-medium">
            Label
          </label>
          <input
            id="asset-label"
            value={label}
            maxLength={100}
            onChange={(e) => setLabel(e.target.value)}
            className="w-full rounded-md border border-slate-400 px-2 py-1 text-sm"
          />
        </div>
        <div>
          <label htmlFor="asset-role" className="mb-1 block text-sm font-medium">
            Role
          </label>
          <select
            id="asset-role"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            className="w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
          >
            {ROLES.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        className={`mb-3 flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-4 text-center text-sm ${
          over ? 'border-brand bg-indigo-50' : 'border-slate-400'
        }`}
      >
        <ImagePlus size={28} aria-hidden="true" className="text-slate-600" />
        <p>Drag product photos here ({PHOTO_FORMATS}, up to 50 MB)</p>
        <input
          ref={input}
          id="asset-file"
          type="file"
          accept={PHOTO_MIME_TYPES}
          multiple
          className="sr-only"
          onChange={(e) => void take(e.target.files)}
        />
        <Button variant="secondary" onClick={() => input.current?.click()} disabled={uploading}>
          <Upload size={16} aria-hidden="true" /> {uploading ? 'Uploading…' : 'Choose photos'}
        </Button>
        <label htmlFor="asset-file" className="sr-only">
          Upload product photos
        </label>
      </div>
      {images.length === 0 ? (
        <p className="text-sm text-slate-700">No photos yet.</p>
      ) : (
        <ul aria-label="Uploaded photos" className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {images.map((a) => (
            <li key={a.id} className="overflow-hidden rounded-md border border-slate-200">
              <div className="flex aspect-square items-center justify-center bg-slate-100">
                {previews[a.id] ? (
                  <img src={previews[a.id]} alt={a.label ?? 'product photo'} className="h-full w-full object-contain" />
                ) : (
                  <span className="text-xs text-slate-600">{a.label ?? 'photo'}</span>
                )}
              </div>
              <div className="flex items-center justify-between gap-1 p-1 text-xs">
                <span className="truncate" title={`${a.label ?? ''} ${a.role ?? ''}`}>
                  {a.label ?? 'photo'}
                  {a.role ? ` · ${a.role.replace(/_/g, ' ')}` : ''}
                </span>
                <button
                  type="button"
                  onClick={() => onRemove(a.id)}
                  aria-label={`Remove photo ${a.label ?? a.id}`}
                  className="rounded p-1 text-red-700 hover:bg-red-50"
                >
                  <Trash2 size={14} aria-hidden="true" />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {references.length > 0 && (
        <>
          <h3 className="mt-4 mb-2 text-sm font-semibold">Generated reference images</h3>
          <ul aria-label="Generated reference images" className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {references.map((a) => (
              <li key={a.id} className="overflow-hidden rounded-md border border-slate-200 text-xs">
                <div className="flex aspect-square items-center justify-center bg-slate-100">
                  {previews[a.id] ? (
                    <img src={previews[a.id]} alt={`${a.label ?? ''} reference image`} className="h-full w-full object-cover" />
                  ) : (
                    <span>{a.label}</span>
                  )}
                </div>
                <span className="block truncate p-1">{a.label}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  )
}
