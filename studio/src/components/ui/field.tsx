import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { useId } from 'react'

const box = 'w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500'

export function Field({ label, className = '', ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string }) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={props.id ?? id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={props.id ?? id} className={box} {...props} />
    </div>
  )
}

export function TextArea({ label, className = '', ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string }) {
  const id = useId()
  return (
    <div className={className}>
      <label htmlFor={props.id ?? id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea id={props.id ?? id} className={box} {...props} />
    </div>
  )
}

export function ErrorNote({ children }: { children: React.ReactNode }) {
  if (!children) return null
  return (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {children}
    </p>
  )
}
