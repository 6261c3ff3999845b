import { forwardRef, useImperativeHandle, useRef, type DragEvent } from 'react';
import { useState } from 'react';

/** What a picked or dropped file gives the app: its name and text. */
export interface PickedFile {
  fileName: string;
  content: string;
}

export interface FileImportButtonHandle {
  /** Opens the file picker (used by the Electron menu's "Import scenario…"). */
  open(): void;
}

/**
 * A button that opens the OS file picker and hands over the chosen file's text.
 * The real `<input type="file">` stays in the DOM (visually hidden) so tests and assistive
 * tech can reach it by its label.
 */
export const FileImportButton = forwardRef<FileImportButtonHandle, {
  label: string;
  accept: string;
  onFile(file: PickedFile): void;
}>(function FileImportButton({ label, accept, onFile }, ref) {
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
  return (
    <>
      <button type="button" className="btn btn-primary" onClick={() => input.current?.click()}>{label}</button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept={accept}
        aria-label={`${label} file`}
        tabIndex={-1}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // let the same file be picked again after fixing it
          if (file) onFile({ fileName: file.name, content: await file.text() });
        }}
      />
    </>
  );
});

/** Drag-and-drop of one file onto an area; `dragging` drives the "Drop to import" overlay. */
export function useFileDrop(onFile: (file: PickedFile) => void) {
  const [dragging, setDragging] = useState(false);
  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  return {
    dragging,
    dropProps: {
      onDragOver(event: DragEvent) {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      },
      onDragLeave(event: DragEvent) {
        if (event.currentTarget === event.target) setDragging(false);
      },
      async onDrop(event: DragEvent) {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile({ fileName: file.name, content: await file.text() });
      },
    },
  };
}
