// Types for make-icons.mjs so strict TypeScript tests can import it.
export type Rgb = [number, number, number];
export interface PinGeometry {
  cx: number;
  cy: number;
  r: number;
  tip: [number, number];
  tangentLeft: [number, number];
  tangentRight: [number, number];
  dotR: number;
}
export interface IconSpec {
  file: string;
  size: number;
  fullBleed: boolean;
  pinScale: number;
}
export declare const TEAL: Rgb;
export declare const WHITE: Rgb;
export declare const YELLOW: Rgb;
export declare const ICONS: IconSpec[];
export declare function pinGeometry(scale?: number): PinGeometry;
export declare function pinExtentFromCentre(pin: PinGeometry): number;
export declare function renderIcon(
  size: number,
  options: { fullBleed: boolean; pinScale: number },
): Uint8Array;
export declare function crc32(bytes: Uint8Array): number;
export declare function encodePng(width: number, height: number, rgba: Uint8Array): Buffer;
export declare function faviconSvg(): string;
