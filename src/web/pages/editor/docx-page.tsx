// PLACEHOLDER written by the lead so the desk routes compile; the DOCX helper replaces this file whole.
import { toDocument } from '../layout.js';
import type { PageMeta, SiteVM } from '../view-models.js';
import { DeskPage } from './desk-nav.js';

export interface DocxUploadVM {
  site: SiteVM;
  meta: PageMeta;
  csrf: string;
  error?: string;
}

export function renderDocxUpload(vm: DocxUploadVM): string {
  return toDocument(
    <DeskPage site={vm.site} meta={vm.meta} current="articles" title="New from a Word file">
      <p>Coming soon.</p>
    </DeskPage>,
  );
}
