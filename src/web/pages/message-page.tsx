import { SearchForm } from './components.js';
import { Layout, toDocument } from './layout.js';
import type { MessageVM } from './view-models.js';

// Not found, forbidden, server error and other one-message pages. Always
// noindex, and always offers a way on: the front page and the search box.

export function renderMessage(vm: MessageVM): string {
  const { site, meta, heading, message, errorId } = vm;
  return toDocument(
    <Layout site={site} meta={{ ...meta, noindex: true }} bodyClass="page-message">
      <div class="message page-narrow">
        <h1 class="message-title" safe>
          {heading}
        </h1>
        <p class="message-text" safe>
          {message}
        </p>
        {errorId ? (
          <p class="message-error-id">
            If you write to us about this, please quote the reference <code safe>{errorId}</code>.
          </p>
        ) : (
          ''
        )}
        <div class="message-search">
          <SearchForm id="message-q" />
        </div>
        <p class="message-links">
          <a href="/">Go to the front page</a>
        </p>
      </div>
    </Layout>,
  );
}
