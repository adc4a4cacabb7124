let seq = 0;

/**
 * A captured frame as the memory engine stores it (storeSources item): a `screenshot` source of
 * display 0 with known OCR text at `at` (epoch ms), each with its own content hash.
 */
export function screenshotItem(at: number, app: string, title: string, text: string, url: string | null = null) {
  return {
    source: {
      kind: "screenshot" as const,
      trust: "captured" as const,
      app,
      windowTitle: title,
      url,
      occurredAt: at,
      text,
      contentHash: `screenshot-${++seq}`,
      metadata: { display: 0 },
    },
  };
}
