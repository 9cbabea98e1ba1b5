// Renders a figure's SVG to PNG for documents whose readers cannot show SVG (Word's fallback).
import { Resvg } from '@resvg/resvg-js';
import type { Figure } from '../../reports/formats/charts';
import type { RenderedFigure } from '../../reports/formats/docx';

export function renderPng(svg: string, width: number): Uint8Array {
  // Twice the layout width so the image stays sharp when printed.
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}

export function withPng(f: Figure): RenderedFigure {
  return { ...f, png: renderPng(f.svg, f.width) };
}
