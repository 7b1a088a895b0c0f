import { mountShell, createPage, shell } from '/js/app.js';
import { NAV, iconSvg, mayOpen } from '/js/nav.js';

const { user } = await mountShell('home', { title: 'shell.home.title' });

createPage({
  data() { return { user }; },
  computed: {
    status() { return shell.status; },
    tiles() { return NAV.filter(item => item.tile !== false && mayOpen(item, user)); },
    loadBadge() {
      const state = this.status && this.status.demoLoad && this.status.demoLoad.state;
      return { DONE: 'badge-success', RUNNING: 'badge-primary', FAILED: 'badge-danger' }[state] || '';
    },
  },
  methods: { icon: iconSvg },
});
