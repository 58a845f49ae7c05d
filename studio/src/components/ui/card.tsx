import type { HTMLAttributes } from 'react'

export function Card({ className = '', ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`} {...props} />
}

export function CardTitle({ className = '', ...props }: HTMLAttributes<HTMLHeadingElement>) {
  return <h2 className={`mb-3 text-base font-semibold text-slate-900 ${className}`} {...props} />
}
