import './zod-without-eval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { useSettingsStore } from './stores/settings';
import './styles/theme.css';
import './styles/base.css';

const pinia = createPinia();
const app = createApp(App).use(pinia).use(i18n);
// The settings first, so the first paint is already in the chosen language and theme; if
// they cannot be had, the app starts with the defaults and says why (stores/settings.ts).
void useSettingsStore(pinia)
  .load()
  .finally(() => app.mount('#app'));
