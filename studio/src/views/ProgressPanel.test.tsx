import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { applyEvent, fromSnapshot } from '../lib/progress'
import type { ProgressEvent } from '../lib/types'
import { ProgressPanel } from './ProgressPanel'

const snapshot = fromSnapshot({
  job_id: 'j1',
  ad_id: 'a1',
  status: 'generating',
  current_stage: 'keyframes',
  progress_percentage: 30,
  estimated_remaining_seconds: 40,
  stages_completed: [
    { stage: 'creative_bible', completed_at: '' },
    { stage: 'storyboard', completed_at: '' },
  ],
})

const event = (type: ProgressEvent['type'], stage: string | null, pct: number, message: string | null = null): ProgressEvent => ({
  job_id: 'j1',
  ad_id: 'a1',
  type,
  stage,
  progress_percentage: pct,
  estimated_remaining_seconds: 10,
  message,
  at: '',
})

const statusOf = (stage: string) => document.querySelector(`[data-stage="${stage}"]`)?.getAttribute('data-status')

describe('ProgressPanel', () => {
  it('shows stages and scenes from the snapshot and follows progress events', () => {
    let job = applyEvent(snapshot, event('stage_completed', 'keyframes', 45))
    job = applyEvent(job, event('stage_started', 'scene_2', 50))
    render(<ProgressPanel job={job} keyframes={['/k1.png']} onCancel={() => {}} onRetry={() => {}} />)
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50')
    expect(statusOf('creative_bible')).toBe('done')
    expect(statusOf('keyframes')).toBe('done')
    expect(statusOf('scene_2')).toBe('running')
    expect(statusOf('scene_3')).toBe('pending')
    expect(screen.getByAltText('Keyframe of scene 1')).toBeTruthy()
    expect(screen.getByTestId('job-status').textContent).toContain('Scene 2')
  })

  it('never moves the bar backwards', () => {
    const job = applyEvent(snapshot, event('stage_started', 'keyframes', 10))
    expect(job.percent).toBe(30)
  })

  it('offers cancel while running', () => {
    const onCancel = vi.fn()
    render(<ProgressPanel job={snapshot} keyframes={[]} onCancel={onCancel} onRetry={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: /cancel generation/i }))
    expect(onCancel).toHaveBeenCalled()
  })

  it('names the failed stage and offers a retry', () => {
    const onRetry = vi.fn()
    const failed = applyEvent(snapshot, event('job_failed', 'keyframes', 30, 'keyframe renderer crashed'))
    render(<ProgressPanel job={failed} keyframes={[]} onCancel={() => {}} onRetry={onRetry} />)
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Keyframes stage failed')
    expect(alert.textContent).toContain('keyframe renderer crashed')
    expect(screen.queryByRole('button', { name: /cancel/i })).toBeNull()
    fireEvent.click(within(alert).getByRole('button', { name: /retry/i }))
    expect(onRetry).toHaveBeenCalled()
    expect(statusOf('keyframes')).toBe('failed')
  })

  it('moves the bar through composition as the server reports it, not only at its ends', () => {
    let job = applyEvent(snapshot, event('stage_started', 'composition', 22))
    const seen: number[] = []
    for (const pct of [31, 44, 58, 71, 85, 97]) {
      job = applyEvent(job, event('stage_progress', 'composition', pct))
      seen.push(job.percent)
    }
    expect(seen).toEqual([31, 44, 58, 71, 85, 97])
    expect(job.status).toBe('running')
    expect(job.stages['composition']).toBe('running')
    render(<ProgressPanel job={job} keyframes={[]} onCancel={() => {}} onRetry={() => {}} />)
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('97')
    expect(screen.getByTestId('job-status').textContent).toContain('Composition')
  })

  it('completes every stage on job_completed', () => {
    const done = applyEvent(snapshot, event('job_completed', null, 100))
    expect(done.status).toBe('completed')
    expect(Object.values(done.stages).every((s) => s === 'done')).toBe(true)
  })
})
