// The least share of cells (percent, ambiguous cells aside) each tool's text must give back on the
// short matrix of test/unit/accuracy.test.ts (two pages per format version, one with zeros left
// blank). A ratchet: raise a floor when the engine reads a tool better, never lower one without
// saying why in the CHANGELOG. Measured on 2026-12-05 (README, "解析准确率").
export const FLOORS: Record<string, number> = {
  'html (text)': 100,
  'html (reader)': 100,
  w3m: 100,
  elinks: 100,
  links: 100,
  lynx: 97.5,
  'pandoc gfm': 99,
  'pandoc plain': 97.5,
  'chromium copy': 100,
  'LibreOffice text': 97.5,
  'LibreOffice DOCX (reader)': 100,
  'LibreOffice PDF (reader)': 100,
  'LibreOffice PDF pdftotext -layout': 59,
  'LibreOffice PDF pdftotext': 19,
  'chromium PDF (reader)': 100,
  'chromium PDF pdftotext -layout': 94,
};
