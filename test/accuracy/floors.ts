// The least share of cells (percent, ambiguous cells aside) each tool's text must give back on the
// short matrix of test/unit/accuracy.test.ts (two pages per format version, one with zeros left
// blank). A ratchet: raise a floor when the engine reads a tool better, never lower one without
// saying why in the CHANGELOG. Measured on 2026-12-05 (README, "解析准确率").
// WORD_FLOORS: the same on one Word/WPS/CMS page per format version (test/support/wordHtml.ts),
// for the routes that need no PDF (the PDF routes are slow and far below; see the README).
export const FLOORS: Record<string, number> = {
  'html (text)': 100,
  'html (reader)': 100,
  w3m: 100,
  elinks: 100,
  links: 100,
  lynx: 99,
  'pandoc gfm': 99,
  'pandoc plain': 97.5,
  'chromium copy': 100,
  'LibreOffice text': 99,
  'LibreOffice DOCX (reader)': 100,
  'LibreOffice PDF (reader)': 100,
  'LibreOffice PDF pdftotext -layout': 59,
  // Plain pdftotext: rows read only where the text leaves no doubt (parse/renderings/readingOrder.ts); no wrong cell.
  // 75.3 % measured; 2019-2's 表三 (its columns split over two bands, blank cells lost) stays unread.
  'LibreOffice PDF pdftotext': 75,
  'chromium PDF (reader)': 100,
  'chromium PDF pdftotext -layout': 94,
};

export const WORD_FLOORS: Record<string, number> = {
  'html (text)': 100,
  'html (reader)': 100,
  w3m: 100,
  elinks: 100,
  links: 100,
  lynx: 100,
  // 表三's last row slides when its first cell is blank (`**` of the next heading read as a cell).
  'pandoc gfm': 98.5,
  'chromium copy': 95,
  'LibreOffice text': 100,
  'LibreOffice DOCX (reader)': 100,
};
