// Area units and the client configuration served by the store.
export type AreaLevel = 'ward' | 'district' | 'csp';

export interface AreaUnit {
  readonly code: string;
  readonly name: string;
  readonly level: AreaLevel;
  /** The district a ward is in, the CSP a district is in. */
  readonly parentCode: string | null;
}

export interface CspInfo {
  readonly code: string;
  readonly name: string;
  /** The Welsh name, present only where the store holds one (areas in Wales). */
  readonly nameCy?: string;
  /** [west, south, east, north] in WGS84. */
  readonly bbox: readonly [number, number, number, number];
  readonly districts: readonly { code: string; name: string; nameCy?: string }[];
  /** The month (1 to 12) the CSP writes its strategic assessment; null when not set (cli csp set). */
  readonly assessmentMonth?: number | null;
}

export interface TileConfig {
  /** Leaflet URL template; empty when no basemap is configured (boundaries still draw). */
  readonly urlTemplate: string;
  readonly attribution: string;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** Whether the provider's terms allow "save this area for offline use" (never for OpenStreetMap). */
  readonly bulkDownloadAllowed: boolean;
  /** The most tiles one saved area may have. */
  readonly bulkDownloadMaxTiles: number;
  /** Typical bytes per tile, for the size estimate shown before saving. */
  readonly averageTileBytes: number;
  /**
   * A CSP's own raster basemap as one PMTiles file ('' when none). Used instead of urlTemplate
   * when set, and offered whole for offline use.
   */
  readonly pmtilesUrl: string;
}

export interface ClientConfig {
  readonly protocol: number;
  readonly defaultCsp: string;
  readonly csps: readonly CspInfo[];
  readonly tiles: TileConfig;
  /** Shown wherever boundary data is displayed. */
  readonly boundaryAttribution: string;
  /** A new pin is offered published priorities of the same theme within this distance ("me too"). */
  readonly meTooRadiusMetres: number;
}

/** GeoJSON of a CSP's wards as served to devices: code and name per feature. */
export interface WardFeatureProps {
  readonly code: string;
  readonly name: string;
  /** The Welsh name, present only where the boundary file gave one (ONS WD…NMW). */
  readonly nameCy?: string;
  readonly districtCode: string;
}

/** GeoJSON of a CSP's police neighbourhoods as served to devices (police.uk ids such as E23000017_001). */
export interface NeighbourhoodFeatureProps {
  readonly code: string;
  readonly name: string;
}
