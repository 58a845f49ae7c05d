import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Ad } from '../lib/types'
import { AdPanel, PLAYER_MAX_VH, aspectOf, downloadLink } from './AdPanel'

const signed = `${window.location.origin}/v1/ads/a1/video?expires=1900000000&signature=abc-_DEF`
const ad = (aspect: string): Ad => ({
  id: 'a1',
  project_id: 'p1',
  video_url: signed,
  thumbnail_url: `${window.location.origin}/v1/ads/a1/thumbnail?expires=1900000000&signature=xyz`,
  duration_seconds: 15,
  aspect_ratio: aspect,
  resolution: '1080x1920',
  file_size_bytes: 2_000_000,
  generation_duration_seconds: 30,
  api_cost_cents: 0,
  created_at: '',
})

describe('AdPanel', () => {
  it('sizes the player to the ad, never taller than the window allows', () => {
    render(<AdPanel ad={ad('9:16')} onNewVersion={() => {}} />)
    const video = screen.getByTestId('ad-video') as HTMLVideoElement
    expect(video.style.aspectRatio).toBe('9 / 16')
    // The box is at most PLAYER_MAX_VH of the window tall: its width is capped at that height's width.
    expect(video.parentElement!.style.maxWidth).toBe(`calc(${PLAYER_MAX_VH}vh * 9 / 16)`)
    expect(video.className).toContain('max-h-[65vh]')
    expect(PLAYER_MAX_VH).toBe(65)
  })

  it('puts Download right under the player, asking the server to name the file', () => {
    render(<AdPanel ad={ad('16:9')} onNewVersion={() => {}} />)
    const link = screen.getByRole('link', { name: /download mp4/i })
    expect(link.getAttribute('href')).toBe('/v1/ads/a1/video?expires=1900000000&signature=abc-_DEF&download=1')
    // An empty download attribute: the name comes from the server's Content-Disposition.
    expect(link.getAttribute('download')).toBe('')
    const video = screen.getByTestId('ad-video')
    expect(video.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(link.compareDocumentPosition(screen.getByText('Duration')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('reads formats and keeps links of another origin whole', () => {
    expect(aspectOf('1:1')).toEqual([1, 1])
    expect(aspectOf('weird')).toEqual([16, 9])
    expect(downloadLink('https://cdn.example.com/v1/ads/a1/video?signature=s')).toBe(
      'https://cdn.example.com/v1/ads/a1/video?signature=s&download=1',
    )
  })
})
