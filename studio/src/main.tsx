import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { takeConnectReturn } from './lib/publishing'
import './index.css'

// Back from a platform's sign-in page: its answer leaves the address bar at once (the Export panel shows it).
takeConnectReturn()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
