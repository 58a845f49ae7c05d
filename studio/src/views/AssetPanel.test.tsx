import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AssetPanel } from './AssetPanel'

describe('AssetPanel', () => {
  it('promises exactly the formats the server accepts, in the hint and the file picker', () => {
    render(<AssetPanel assets={[]} previews={{}} uploading={false} onUpload={() => {}} onRemove={() => {}} />)
    expect(screen.getByTestId('drop-zone').textContent).toContain('PNG, JPEG, WebP, GIF or BMP, up to 50 MB')
    const input = screen.getByLabelText('Upload product photos') as HTMLInputElement
    expect(input.accept.split(',')).toEqual(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp'])
  })
})
