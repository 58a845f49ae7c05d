/**
 * The photo formats the server accepts, in the words its refusals use (ImageInspector.SUPPORTED_FORMATS)
 * and as MIME types for the file picker. PhotoFormatsAgreeTest (Java) fails when these and the server's differ.
 */
export const PHOTO_FORMATS = 'PNG, JPEG, WebP, GIF or BMP'
export const PHOTO_MIME_TYPES = 'image/png,image/jpeg,image/webp,image/gif,image/bmp'
