import { mountShell, createPage, api, t, ApiError } from '/js/app.js';

// Only a path on this site may follow the login (no open redirect to another host).
function nextPage() {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login.html') ? next : '/index.html';
}

await mountShell(null, { public: true, title: 'shell.login.title' });

// Already logged in: go on. This call also sets the CSRF cookie that the login POST needs.
const me = await api('/api/auth/me', { redirectOn401: false }).catch(() => null);
if (me) location.replace(nextPage());

createPage({
  data() {
    return {
      username: '', password: '', busy: false, error: null, failure: null, waiting: 0,
      demoAccounts: ['admin', 'leader', 'operator', 'auditor', 'steward', 'handler', 'gridworker'],
    };
  },
  computed: {
    // Wrong credentials and slowed-down attempts get the platform's own wording; anything else
    // is shown as the server described it.
    message() {
      if (this.failure === 'credentials') return t('shell.login.failed');
      if (this.failure === 'tooMany') return t('shell.login.tooMany');
      if (this.failure === 'missing') return t('shell.login.missing');
      return null;
    },
    retryText() {
      return this.failure === 'tooMany' && this.waiting > 0 ? t('shell.login.retryAfter', { seconds: this.waiting }) : null;
    },
  },
  methods: {
    async submit() {
      if (this.busy || this.waiting > 0) return;
      this.error = null;
      this.failure = null;
      if (!this.username || !this.password) {
        this.failure = 'missing';
        return;
      }
      this.busy = true;
      try {
        await api('/api/auth/login', {
          method: 'POST', body: { username: this.username, password: this.password }, redirectOn401: false,
        });
        location.replace(nextPage());
      } catch (e) {
        this.password = '';
        if (e instanceof ApiError && e.status === 401) this.failure = 'credentials';
        else if (e instanceof ApiError && e.status === 429) this.startWaiting(e.retryAfter || 30);
        else this.error = e;
        this.$nextTick(() => document.getElementById('password').focus());
      } finally {
        this.busy = false;
      }
    },
    startWaiting(seconds) {
      this.failure = 'tooMany';
      this.waiting = seconds;
      const timer = setInterval(() => {
        this.waiting -= 1;
        if (this.waiting <= 0) {
          clearInterval(timer);
          this.failure = null;
        }
      }, 1000);
    },
  },
});
