import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { openPage } from './ui/share/open-page';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const { form, notice } = openPage(window.location.hash, Date.now());

createRoot(root).render(
  <StrictMode>
    <App initialForm={form} {...(notice ? { initialNotice: notice } : {})} />
  </StrictMode>,
);
