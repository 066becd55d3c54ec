/**
 * Synthetic content sources for the benchmark and the size test: N news posts with varied lengths,
 * tags, dates, and a handful of distinct images (one larger than 2000 px, so resizing is
 * exercised), laid out like content/ (`<dir>/actualites/`, `<dir>/public/`). Deterministic: the
 * same N gives the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * Which synthetic content this generator writes: figures measured on different models are not
 * compared (2: post lengths modelled on the real posts, see post()).
 */
export const CONTENT_MODEL = 2;

const TAGS = [
  'Événement',
  'Réglementation',
  'Achats',
  'Formation',
  'Outils',
  'Document de référence',
  'Centres de données',
  'Écoconception',
  'Mesure',
  'Réemploi',
  'Collectivités',
  'Semaine NumEco 2026',
];

const WORDS = (
  'numérique sobriété service public équipement durée de vie réemploi écoconception mesure ' +
  'empreinte environnementale données centre hébergement achat responsable formation agents ' +
  'référentiel bonnes pratiques administration usage énergie réseau terminal impression ' +
  'collectivité stratégie feuille de route indicateur accessibilité performance page poids'
).split(' ');

/** Images: width, height, colour. Five distinct files, one over 2000 px wide. */
const IMAGES = [
  { name: 'bench-a.png', width: 1200, height: 630, color: '#13684f' },
  { name: 'bench-b.jpg', width: 1600, height: 900, color: '#7a4f00' },
  { name: 'bench-c.png', width: 800, height: 600, color: '#0c4a38' },
  { name: 'bench-d.jpg', width: 3000, height: 2000, color: '#4a5752' },
  { name: 'bench-e.png', width: 1200, height: 630, color: '#b54708' },
];

/**
 * Small deterministic PRNG (mulberry32): benchmarks must compare like with like.
 * @param {number} seed @returns {() => number}
 */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {string} publicDir */
async function writeImages(publicDir) {
  const dir = path.join(publicDir, 'img', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  for (const image of IMAGES) {
    const file = path.join(dir, image.name);
    if (fs.existsSync(file)) continue;
    // A gradient with a few shapes: compresses like an illustration, not like a flat colour.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${image.color}"/><stop offset="1" stop-color="#f2f6f4"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${image.width * 0.3}" cy="${image.height * 0.5}" r="${image.height * 0.3}" fill="#fff" opacity="0.5"/>
<rect x="${image.width * 0.55}" y="${image.height * 0.2}" width="${image.width * 0.3}" height="${image.height * 0.6}" rx="24" fill="#17211d" opacity="0.3"/>
</svg>`;
    const pipeline = sharp(Buffer.from(svg));
    await (image.name.endsWith('.jpg') ? pipeline.jpeg({ quality: 85 }) : pipeline.png()).toFile(
      file,
    );
  }
}

/**
 * @template T
 * @param {() => number} rand @param {T[]} list a list that is not empty
 * @returns {T}
 */
const pick = (rand, list) => /** @type {T} */ (list[Math.floor(rand() * list.length)]);

/** @param {() => number} rand */
function sentence(rand) {
  const length = 8 + Math.floor(rand() * 14);
  const words = Array.from({ length }, () => pick(rand, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Dates spread over the eight years before 2026 (all in the past: future posts are not built).
 * @param {number} index @param {number} count
 */
function dateOf(index, count) {
  const day = new Date(Date.UTC(2025, 11, 31) - Math.floor((index * 2920) / count) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** @param {number} index @param {number} count @param {() => number} rand */
function post(index, count, rand) {
  const date = dateOf(index, count);
  const tagCount = 1 + Math.floor(rand() * 3);
  const tags = [...new Set(Array.from({ length: tagCount }, () => pick(rand, TAGS)))];
  const image = rand() < 0.8 ? pick(rand, IMAGES) : undefined;
  // Lengths as in the mission's real posts (the 2022 corpus: 19 bodies of 0.7 to 4.3 KB, mean
  // 2.5 KB), a little longer and with a longer tail: 2 to 13 paragraphs, bodies of 0.5 to 9 KB,
  // mean 3.3 KB (it was 2 to 40 paragraphs, mean 7.9 KB, three times the real posts).
  const paragraphs = 2 + Math.floor(rand() ** 2 * 12);
  const body = [];
  for (let p = 0; p < paragraphs; p += 1) {
    if (p > 0 && p % 6 === 0) body.push(`## ${sentence(rand).slice(0, 60).replace(/\.$/, '')}`);
    if (p % 9 === 4) {
      body.push(Array.from({ length: 3 }, () => `- ${sentence(rand)}`).join('\n'));
    }
    const sentences = Array.from({ length: 2 + Math.floor(rand() * 5) }, () => sentence(rand));
    if (p === 1) sentences.push('[Plus d’informations](https://www.numerique.gouv.fr/).');
    body.push(sentences.join(' '));
  }
  const title = `Actualité ${index + 1} : ${sentence(rand).slice(0, 70).replace(/\.$/, '')}`;
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(sentence(rand) + ' ' + sentence(rand))}`,
    `date: ${date}`,
    `tags: ${JSON.stringify(tags)}`,
    ...(image
      ? [
          `image:`,
          `  path: /img/bench/${image.name}`,
          `  alt: ${JSON.stringify(`Illustration ${index + 1}`)}`,
        ]
      : []),
    '---',
    '',
  ];
  return `${front.join('\n')}${body.join('\n\n')}\n`;
}

/**
 * Writes a content source of `count` posts into `dir` (emptied first, images kept).
 * @param {string} dir @param {number} count
 */
export async function generateContent(dir, count) {
  const news = path.join(dir, 'actualites');
  fs.rmSync(news, { recursive: true, force: true });
  fs.mkdirSync(news, { recursive: true });
  await writeImages(path.join(dir, 'public'));
  const rand = random(count);
  for (let i = 0; i < count; i += 1) {
    // Nested folders by year, as real content is organised.
    const folder = path.join(news, dateOf(i, count).slice(0, 4));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(
      path.join(folder, `actualite-${String(i + 1).padStart(5, '0')}.md`),
      post(i, count, rand),
    );
  }
  return { dir, count };
}
