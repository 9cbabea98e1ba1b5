// A CSP's own raster basemap from one PMTiles archive: read with HTTP range requests online,
// or from the whole archive saved on the device. Loaded lazily (the pmtiles reader and its
// decompressor are not needed by CSPs using an ordinary tile server).
import L from 'leaflet';
import { FileSource, PMTiles, type Source } from 'pmtiles';
import type { TileConfig } from '../../domain/areas';
import { savedBasemapArchive } from './basemap-archive';

const MIME: Record<number, string> = { 2: 'image/png', 3: 'image/jpeg', 4: 'image/webp', 5: 'image/avif' };

function rasterLayer(archive: PMTiles, tiles: TileConfig): L.GridLayer {
  const Layer: new (options: L.GridLayerOptions) => L.GridLayer = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback) {
      const img = document.createElement('img');
      img.alt = '';
      void Promise.all([archive.getHeader(), archive.getZxy(coords.z, coords.x, coords.y)])
        .then(([header, tile]) => {
          if (!tile) return done(undefined, img);
          const url = URL.createObjectURL(
            new Blob([tile.data], { type: MIME[header.tileType] ?? 'image/png' }),
          );
          img.onload = () => {
            URL.revokeObjectURL(url);
            done(undefined, img);
          };
          img.src = url;
        })
        .catch((error: unknown) => done(error instanceof Error ? error : new Error(String(error)), img));
      return img;
    },
  });
  return new Layer({ attribution: tiles.attribution, minZoom: tiles.minZoom, maxZoom: tiles.maxZoom });
}

/** Adds the archive's layer to the map: the saved copy when there is one, else the network. */
export async function addPmtilesLayer(map: L.Map, tiles: TileConfig): Promise<L.GridLayer> {
  const saved = await savedBasemapArchive(tiles.pmtilesUrl);
  const source: Source | string = saved
    ? new FileSource(new File([saved], 'basemap.pmtiles'))
    : tiles.pmtilesUrl;
  return rasterLayer(new PMTiles(source), tiles).addTo(map);
}
