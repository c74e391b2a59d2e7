import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { SessionProvider } from './api/session.js';
import { I18nProvider } from './i18n/i18n.js';
import { storedLanguage } from './i18n/language.js';
import { RouterProvider } from './router.js';
import './styles.css';

document.documentElement.lang = storedLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  </StrictMode>,
);
