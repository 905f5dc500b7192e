// SPDX-License-Identifier: MIT
/**
 * Sets the creation and last-saved times of an .msi's summary information to a fixed instant. wixl (msitools 0.101)
 * stamps both with the build's clock and reads no SOURCE_DATE_EPOCH, and msibuild can set every other summary field
 * but these. An .msi is an OLE compound file ([MS-CFB]); the summary information is the property set stream
 * "\u0005SummaryInformation" ([MS-OLEPS]), whose PIDSI_CREATE_DTM (12) and PIDSI_LASTSAVE_DTM (13) are FILETIMEs.
 * The values are overwritten in place: no length or sector changes.
 */

const END_OF_CHAIN = 0xfffffffe;
const SUMMARY_STREAM = "\u0005SummaryInformation";
const VT_FILETIME = 0x40;
const TIME_PROPERTIES = [12, 13];
/** Seconds from 1601-01-01 (FILETIME's epoch) to 1970-01-01. */
const FILETIME_UNIX_OFFSET = 11_644_473_600n;

/** The compound file's sectors and allocation tables, enough to find where a stream's bytes lie. */
class CompoundFile {
  readonly sectorSize: number;
  private readonly fat: number[] = [];

  constructor(private readonly bytes: Buffer) {
    if (bytes.readUInt32LE(0) !== 0xe011cfd0 || bytes.readUInt32LE(4) !== 0xe11ab1a1)
      throw new Error("not an OLE compound file (.msi)");
    this.sectorSize = 1 << bytes.readUInt16LE(0x1e);
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) fatSectors.push(bytes.readUInt32LE(0x4c + i * 4));
    const perSector = this.sectorSize / 4;
    for (let sector = bytes.readUInt32LE(0x44), n = bytes.readUInt32LE(0x48); n > 0; n--) {
      const base = this.offset(sector);
      for (let i = 0; i < perSector - 1; i++) fatSectors.push(bytes.readUInt32LE(base + i * 4));
      sector = bytes.readUInt32LE(base + (perSector - 1) * 4);
    }
    for (const sector of fatSectors.slice(0, bytes.readUInt32LE(0x2c))) {
      const base = this.offset(sector);
      for (let i = 0; i < perSector; i++) this.fat.push(bytes.readUInt32LE(base + i * 4));
    }
  }

  offset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  chain(start: number): number[] {
    const sectors: number[] = [];
    for (let sector = start; sector !== END_OF_CHAIN; sector = this.fat[sector] ?? END_OF_CHAIN) {
      if (sectors.length > this.fat.length) throw new Error("compound file: a sector chain loops");
      sectors.push(sector);
    }
    return sectors;
  }

  /** File offset of every byte of the stream `name` (in the root storage), in stream order. */
  streamByteOffsets(name: string): number[] {
    const directory = this.chain(this.bytes.readUInt32LE(0x30)).flatMap((sector) =>
      Array.from({ length: this.sectorSize / 128 }, (_, i) => this.offset(sector) + i * 128),
    );
    const entry = directory.find((at) => {
      const nameBytes = this.bytes.readUInt16LE(at + 0x40);
      return nameBytes > 0 && this.bytes.toString("utf16le", at, at + nameBytes - 2) === name;
    });
    const root = directory[0];
    if (entry === undefined || root === undefined) throw new Error(`compound file: no stream ${JSON.stringify(name)}`);
    const start = this.bytes.readUInt32LE(entry + 0x74);
    const size = this.bytes.readUInt32LE(entry + 0x78);
    if (size >= this.bytes.readUInt32LE(0x38)) {
      return this.chain(start)
        .flatMap((sector) => Array.from({ length: this.sectorSize }, (_, i) => this.offset(sector) + i))
        .slice(0, size);
    }
    // A small stream lives in the mini stream (the root entry's stream), in mini sectors listed by the mini FAT.
    const miniSize = 1 << this.bytes.readUInt16LE(0x20);
    const miniStream = this.chain(this.bytes.readUInt32LE(root + 0x74));
    const miniFat = this.chain(this.bytes.readUInt32LE(0x3c)).flatMap((sector) =>
      Array.from({ length: this.sectorSize / 4 }, (_, i) => this.bytes.readUInt32LE(this.offset(sector) + i * 4)),
    );
    const offsets: number[] = [];
    for (let mini = start; mini !== END_OF_CHAIN && offsets.length < size; mini = miniFat[mini] ?? END_OF_CHAIN) {
      for (let i = 0; i < miniSize; i++) {
        const at = mini * miniSize + i;
        const sector = miniStream[Math.floor(at / this.sectorSize)];
        if (sector === undefined) throw new Error("compound file: mini sector outside the mini stream");
        offsets.push(this.offset(sector) + (at % this.sectorSize));
      }
    }
    return offsets.slice(0, size);
  }
}

/** Sets PIDSI_CREATE_DTM and PIDSI_LASTSAVE_DTM of the .msi in `bytes` (changed in place) to `epochSeconds`. */
export function setSummaryTimes(bytes: Buffer, epochSeconds: number): void {
  const at = new CompoundFile(bytes).streamByteOffsets(SUMMARY_STREAM);
  const stream = Buffer.from(at.map((offset) => bytes[offset] ?? 0));
  const section = stream.readUInt32LE(44);
  const count = stream.readUInt32LE(section + 4);
  const fileTime = (BigInt(epochSeconds) + FILETIME_UNIX_OFFSET) * 10_000_000n;
  let written = 0;
  for (let i = 0; i < count; i++) {
    const pid = stream.readUInt32LE(section + 8 + i * 8);
    const property = section + stream.readUInt32LE(section + 12 + i * 8);
    if (!TIME_PROPERTIES.includes(pid) || stream.readUInt32LE(property) !== VT_FILETIME) continue;
    stream.writeBigUInt64LE(fileTime, property + 4);
    written++;
  }
  if (written !== TIME_PROPERTIES.length) throw new Error(`summary information: ${written} of 2 time properties found`);
  at.forEach((offset, i) => (bytes[offset] = stream[i] ?? 0));
}
