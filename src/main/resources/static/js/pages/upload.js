import { mountShell, createPage, api, t, hasAnyRole, csrfHeaders, i18n } from '/js/app.js';
import { enumLabel, formatCount, formatBytes, DeliveryReportView } from '/js/catalog.js';
import { ApiError } from '/js/app.js';

const { user } = await mountShell('upload', { areas: ['catalog'] });
const isAdmin = hasAnyRole(user, ['ADMIN']);
const POLL_MS = 1000;

function pad(n) { return String(n).padStart(2, '0'); }

/** The upload as an XMLHttpRequest, which (unlike fetch) reports the bytes sent. */
function send(url, file, contentType, headers, onProgress, onXhr) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    onXhr(xhr);
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', i18n.lang);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = e => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = { detail: xhr.responseText }; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, { status: xhr.status, title: body.title || ('HTTP ' + xhr.status), ...body }, null));
    };
    xhr.onerror = () => reject(new ApiError(0, { title: t('shell.error.network'), detail: t('shell.error.networkDetail') }, null));
    xhr.onabort = () => reject(new Error('aborted'));
    xhr.send(file);
  });
}

createPage({
  components: { 'delivery-report': DeliveryReportView },
  data() {
    return {
      isAdmin, resources: [], code: new URLSearchParams(location.search).get('code') || '', resource: null,
      mode: 'full', batchId: this.newBatchId(), file: null, encoding: '',
      phase: null, sent: 0, total: 0, running: null, report: null, error: null, xhr: null,
    };
  },
  computed: {
    busy() { return this.phase === 'uploading' || this.phase === 'processing'; },
    isJsonLines() { return !!this.file && /\.(jsonl|ndjson)(\.gz)?$/i.test(this.file.name); },
    percent() { return this.total ? Math.floor((100 * this.sent) / this.total) : 0; },
    columns() { return this.resource ? this.resource.items.map(i => i.name).join(', ') : ''; },
    phaseTitle() {
      return { uploading: t('catalog.upload.uploading'), processing: t('catalog.upload.processing'), done: t('catalog.upload.done'),
        failed: t('catalog.upload.done'), cancelled: t('catalog.upload.cancelled') }[this.phase] || '';
    },
  },
  watch: {
    code: { handler() { this.loadResource(); } },
  },
  async mounted() {
    try {
      const page = await api('/api/catalog/resources', { query: { department: isAdmin ? '' : user.departmentCode, size: 500 } });
      this.resources = page.content;
      if (this.code) this.loadResource();
    } catch (e) {
      this.error = e;
    }
  },
  methods: {
    enumLabel, formatCount, formatBytes,
    newBatchId() {
      const d = new Date();
      return `web-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}-${Math.random().toString(36).substring(2, 6)}`;
    },
    async loadResource() {
      this.resource = null;
      if (!this.code) return;
      try { this.resource = await api('/api/catalog/resources/' + encodeURIComponent(this.code)); } catch (e) { this.error = e; }
    },
    choose(event) { this.file = event.target.files[0] || null; },
    contentType() {
      if (this.isJsonLines) return 'application/x-ndjson';
      return 'text/csv' + (this.encoding ? ';charset=' + this.encoding : '');
    },
    async start() {
      this.error = null;
      this.report = null;
      this.running = null;
      this.sent = 0;
      this.total = this.file.size;
      this.phase = 'uploading';
      const code = this.code;
      const batchId = this.batchId;
      const url = '/api/catalog/resources/' + encodeURIComponent(code) + '/deliveries?batchId=' + encodeURIComponent(batchId) + '&mode=' + this.mode;
      const headers = await csrfHeaders();
      if (/\.gz$/i.test(this.file.name)) headers['Content-Encoding'] = 'gzip';
      // While the body streams, the delivery is RUNNING on the server: its row count is polled by batch id.
      let polling = true;
      const poll = async () => {
        while (polling) {
          await new Promise(r => setTimeout(r, POLL_MS));
          if (!polling) break;
          try {
            const found = await api('/api/catalog/resources/' + encodeURIComponent(code) + '/deliveries', { query: { batchId } });
            if (found.content.length && polling) this.running = found.content[0];
          } catch (e) { /* the final answer decides */ }
        }
      };
      poll();
      try {
        const answer = await send(url, this.file, this.contentType(), headers, (loaded, total) => {
          this.sent = loaded;
          this.total = total;
          if (loaded >= total) this.phase = 'processing';
        }, xhr => { this.xhr = xhr; });
        polling = false;
        this.report = answer.problems ? answer : await api('/api/catalog/deliveries/' + answer.id);
        this.phase = 'done';
      } catch (e) {
        polling = false;
        if (e instanceof ApiError) {
          this.error = e;
          this.phase = 'failed';
        } else {
          this.phase = 'cancelled';
        }
      } finally {
        this.xhr = null;
      }
    },
    cancel() { if (this.xhr) this.xhr.abort(); },
    again() {
      this.phase = null;
      this.report = null;
      this.file = null;
      this.batchId = this.newBatchId();
      const input = document.getElementById('upload-file');
      if (input) input.value = '';
    },
  },
});
