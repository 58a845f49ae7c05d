/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

// The Maven build runs `npm run build`; the output lands in the jar's static resources, so
// `./zapcut serve` serves the studio at http://localhost:8000/. `npm run dev` proxies the API.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: { '/v1': 'http://localhost:8000' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
})
