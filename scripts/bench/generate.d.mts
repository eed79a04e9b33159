export interface GeneratedModel {
  name: string;
  path: string;
  layer: string;
  description: string;
  upstream_dependencies?: string[];
  downstream_consumers?: string[];
  attribution_concepts?: string[];
}
export function mulberry32(seed: number): () => number;
export function generateInventory(size: number, seed?: number): { models: GeneratedModel[] };
