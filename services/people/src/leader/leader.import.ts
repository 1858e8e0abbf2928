import crypto from "node:crypto";
import {
  type RequestContext,
  HistoryEntry,
  badInput,
  conflict,
  isUniqueViolation,
  moneyJson,
  notFound,
  provinceScope,
  requireRole,
  Role,
  writeTransaction,
} from "@change-leaders/common";
import { type EntityManager, IsNull, Not } from "typeorm";
import { Tambon } from "../geography/tambon.entity";
import { CsvError, readCsv } from "./csv";
import { leaderAccess } from "./leader.access";
import { Leader } from "./leader.entity";
import { LeaderImport } from "./leader.import.entity";
import type { ImportReport, ImportRowError } from "./leader.inputs";
import { type LeaderFields, checkLeaderFields } from "./leader.validation";
import { nameKey } from "./leader.rules";
import { leaderSnapshot } from "./leader.service";
import { type Cell, cellText, readXlsx } from "./xlsx";

/** The column headers accepted for each field: English names and the Thai headers provinces use. */
export const IMPORT_HEADERS: Record<keyof LeaderFields, string[]> = {
  title: ["title", "คำนำหน้า", "คำนำหน้าชื่อ"],
  firstName: ["firstname", "first name", "ชื่อ"],
  lastName: ["lastname", "last name", "นามสกุล"],
  gender: ["gender", "เพศ"],
  birthDate: ["birthdate", "birth date", "วันเกิด", "วันเดือนปีเกิด"],
  nationalId: ["nationalid", "national id", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน"],
  phone: ["phone", "mobile", "โทรศัพท์", "เบอร์โทรศัพท์", "เบอร์โทร", "โทรศัพท์มือถือ"],
  communityRole: ["communityrole", "community role", "บทบาทในชุมชน", "ตำแหน่งในชุมชน"],
  tambonCode: ["tamboncode", "tambon code", "รหัสตำบล"],
  villageNo: ["villageno", "village no", "หมู่ที่", "หมู่"],
  cohortYear: ["cohortyear", "cohort year", "ปีงบประมาณ", "รุ่นปีงบประมาณ", "รุ่นปี"],
  status: ["status", "สถานะ"],
};
const REQUIRED: (keyof LeaderFields)[] = ["title", "firstName", "lastName", "nationalId", "tambonCode", "cohortYear"];
/** A header as compared: trimmed, lower case, without spaces or underscores ("First Name" = "first_name" = "firstname"). */
const headerKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "");
const HEADER_TO_FIELD = new Map<string, keyof LeaderFields>(
  Object.entries(IMPORT_HEADERS).flatMap(([field, names]) => names.map((name) => [headerKey(name), field as keyof LeaderFields])),
);

/** Rows per INSERT statement (leader: 23 columns, so 11,500 bound values, within both dialects' limits). */
export const IMPORT_CHUNK = 500;
/** How many row errors a report lists (all are counted). */
const MAX_LISTED_ERRORS = 1000;

interface ValidRow {
  record: number;
  fields: LeaderFields;
}

/** The file to import: a CSV's text, or an .xlsx workbook in base64; exactly one. */
export interface ImportFile {
  csv?: string | null;
  xlsx?: string | null;
}

/** The file's records (the header first), from whichever reader fits; all the rest is one path. */
interface ImportSource {
  field: "csv" | "xlsx";
  records: AsyncGenerator<{ record: number; fields: Cell[] }>;
  /** SHA-256 (hex) of the file as sent: the CSV's text in UTF-8, or the workbook's bytes (what `sha256sum` of the file prints). */
  sha256: () => string;
}

const sha256 = (bytes: string | Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

function importSource({ csv, xlsx }: ImportFile): ImportSource {
  if (typeof csv === "string" && xlsx == null) return { field: "csv", records: readCsv(csv), sha256: () => sha256(csv) };
  if (typeof xlsx === "string" && csv == null) return { field: "xlsx", records: readXlsx(xlsx), sha256: () => sha256(Buffer.from(xlsx, "base64")) };
  throw badInput("csv", "Send the leaders either as csv or as xlsx (a workbook in base64), not both and not neither", {
    messageTh: "กรุณาส่งไฟล์รายชื่อเพียงแบบเดียว: CSV หรือ Excel (.xlsx)",
  });
}

export const leaderImport = {
  /**
   * Validates every row, then writes all of them in one transaction or none. Memory grows with the
   * valid rows kept (compact objects), not with copies of the text; inserts go 500 rows a statement.
   * History: one `leader_import` record (who, when, the file's SHA-256, the counts) in the same
   * transaction, named by every leader written (`import_id`); no history entry per leader
   * (`importOpening` shows the import as the first entry of each one's history).
   */
  async run(ctx: RequestContext, file: ImportFile, dryRun: boolean): Promise<ImportReport> {
    const identity = leaderAccess.assertWrite(ctx);
    const source = importSource(file);
    const scope = provinceScope(ctx);
    const errors: ImportRowError[] = [];
    let errorCount = 0;
    const fail = (row: number, field: string, message: string, messageTh: string) => {
      errorCount += 1;
      if (errors.length < MAX_LISTED_ERRORS) errors.push({ row, field, message, messageTh });
    };
    const report = (rowCount: number, leaderIds: string[] = [], importId: string | null = null): ImportReport => ({
      dryRun,
      ok: errorCount === 0,
      rowCount,
      createdCount: leaderIds.length,
      leaderIds,
      importId,
      errorCount,
      errors,
    });

    const rows: ValidRow[] = [];
    let rowCount = 0;
    let tambons = new Map<string, Pick<Tambon, "districtCode" | "provinceCode">>();
    try {
      const records = source.records;
      const header = await records.next();
      if (header.done) {
        throw badInput(source.field, "The file is empty: the first line must name the columns", {
          messageTh: "ไฟล์ว่าง: บรรทัดแรกต้องเป็นหัวคอลัมน์ เช่น คำนำหน้า ชื่อ นามสกุล เลขประจำตัวประชาชน รหัสตำบล ปีงบประมาณ",
          reason: "EMPTY_FILE",
        });
      }
      const columns = header.value.fields.map((name) => HEADER_TO_FIELD.get(headerKey(cellText(name))) ?? null);
      if (source.field === "xlsx" && columns.every((column) => column === null)) {
        // a worksheet often has a title row above the header: say so once rather than a missing column each
        throw badInput("xlsx", "The first row of the first worksheet names none of the columns (e.g. คำนำหน้า, ชื่อ, นามสกุล)", {
          messageTh: "แถวแรกของแผ่นงานแรกต้องเป็นหัวคอลัมน์ เช่น คำนำหน้า ชื่อ นามสกุล เลขประจำตัวประชาชน รหัสตำบล ปีงบประมาณ",
          reason: "NO_HEADER",
        });
      }
      for (const field of REQUIRED) {
        if (!columns.includes(field))
          fail(
            1,
            field,
            `No column for ${field} (e.g. "${IMPORT_HEADERS[field][0]}" or "${IMPORT_HEADERS[field][IMPORT_HEADERS[field].length - 1]}")`,
            `ไม่มีคอลัมน์นี้ในแถวหัวตาราง เพิ่มคอลัมน์ชื่อ "${IMPORT_HEADERS[field][0]}"`,
          );
      }
      if (errorCount > 0) return report(0);
      tambons = await tambonIndex(ctx);
      const seen = new Set<string>();
      for await (const { record, fields } of records) {
        rowCount += 1;
        const raw: Partial<Record<keyof LeaderFields, string>> = {};
        columns.forEach((field, index) => {
          if (field) raw[field] = cellText(fields[index], field);
        });
        const checked = checkLeaderFields(raw);
        for (const problem of checked.problems) fail(record, problem.field, problem.message, problem.messageTh ?? "ข้อมูลไม่ถูกต้อง");
        if (!checked.fields) continue;
        const tambon = tambons.get(checked.fields.tambonCode);
        if (!tambon) {
          fail(
            record,
            "tambonCode",
            `Tambon ${checked.fields.tambonCode} does not exist`,
            `ไม่มีตำบลรหัส ${checked.fields.tambonCode} ตรวจสอบรหัสตำบล 6 หลักอีกครั้ง`,
          );
          continue;
        }
        if (scope !== null && tambon.provinceCode !== scope) {
          fail(
            record,
            "tambonCode",
            `Tambon ${checked.fields.tambonCode} is outside your province`,
            `ตำบลรหัส ${checked.fields.tambonCode} อยู่นอกจังหวัดของท่าน นำเข้าได้เฉพาะตำบลในจังหวัดของท่าน`,
          );
          continue;
        }
        const key = `${checked.fields.nationalId}|${checked.fields.cohortYear}`;
        if (seen.has(key)) {
          fail(
            record,
            "nationalId",
            "The same national ID appears twice for this fiscal year in the file",
            "เลขประจำตัวประชาชนนี้ซ้ำกับแถวก่อนหน้าในไฟล์ (ปีงบประมาณเดียวกัน) ลบแถวที่ซ้ำออก",
          );
          continue;
        }
        seen.add(key);
        rows.push({ record, fields: checked.fields });
      }
    } catch (error) {
      if (error instanceof CsvError) {
        fail(error.record, source.field, error.message, "อ่านไฟล์ไม่ได้ที่บรรทัดนี้ ตรวจสอบเครื่องหมายคำพูดและจุลภาค หรือบันทึกเป็น CSV (UTF-8) ใหม่");
        return report(rowCount);
      }
      throw error;
    } finally {
      // a file refused at its header is not read on: let the reader close its streams
      await source.records.return(undefined);
    }
    if (rowCount === 0 && errorCount === 0) fail(2, source.field, "The file has no data rows", "ไฟล์ไม่มีข้อมูล: ใส่รายชื่อผู้นำตั้งแต่แถวที่ 2");
    if (errorCount > 0) return report(rowCount);

    const write = async () =>
      writeTransaction(ctx.dataSource, async (manager) => {
        const escape = (name: string) => manager.connection.driver.escape(name);
        // national IDs already registered for the same year (checked in the transaction that writes), in plain SQL as
        // the inserts below: TypeORM's find costs more than the database on 200 chunks of 500
        for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
          const chunk = rows.slice(i, i + IMPORT_CHUNK);
          const existing: { national_id: string; cohort_year: number }[] = await manager.query(
            `SELECT ${escape("national_id")}, ${escape("cohort_year")} FROM ${escape("leader")} ` +
              `WHERE ${escape("deletion_marker")} = '' AND ${escape("national_id")} IN (${chunk.map(() => "?").join(", ")})`,
            chunk.map((row) => row.fields.nationalId),
          );
          const taken = new Set(existing.map((leader) => `${leader.national_id}|${leader.cohort_year}`));
          for (const row of chunk) {
            if (taken.has(`${row.fields.nationalId}|${row.fields.cohortYear}`)) {
              fail(
                row.record,
                "nationalId",
                "A leader with this national ID is already registered for this fiscal year",
                "มีผู้นำเลขประจำตัวประชาชนนี้ในปีงบประมาณนี้อยู่แล้ว ลบแถวนี้ออกหรือแก้ไขที่ข้อมูลเดิม",
              );
            }
          }
        }
        const written: string[] = [];
        if (errorCount > 0 || dryRun) return { written, importId: null };
        const at = new Date();
        const now = sqlDateTime(at);
        const importId = crypto.randomUUID();
        // one import record instead of a history entry per leader: the leaders name it in their import_id
        await manager.insert(LeaderImport, {
          id: importId,
          actorId: identity.id,
          actorName: identity.name,
          actorRole: identity.role,
          requestId: ctx.requestId,
          at,
          fileKind: source.field,
          fileSha256: source.sha256(),
          rowCount,
          createdCount: rows.length,
        });
        const insert = (table: string, columns: string[], values: unknown[][]) =>
          manager.query(
            `INSERT INTO ${escape(table)} (${columns.map(escape).join(", ")}) VALUES ${values.map((v) => `(${v.map(() => "?").join(", ")})`).join(", ")}`,
            values.flat(),
          );
        for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
          const leaders: unknown[][] = [];
          for (const { fields } of rows.slice(i, i + IMPORT_CHUNK)) {
            const tambon = tambons.get(fields.tambonCode)!;
            const id = crypto.randomUUID();
            written.push(id);
            const leader = {
              id,
              ...fields,
              districtCode: tambon.districtCode,
              provinceCode: tambon.provinceCode,
              version: 1,
              createdAt: now,
              updatedAt: now,
              deletedAt: null,
              deletionMarker: "",
              importId,
            };
            leaders.push([
              ...LEADER_COLUMNS.map(([property]) => (leader as Record<string, unknown>)[property]),
              nameKey(fields.firstName),
              nameKey(fields.lastName),
            ]);
          }
          // plain multi-row INSERTs (TypeORM's insert builder costs more than the database here)
          await insert("leader", [...LEADER_COLUMNS.map(([, column]) => column), "first_name_key", "last_name_key"], leaders);
        }
        return { written, importId };
      });
    try {
      const { written, importId } = await write();
      return errorCount > 0 ? report(rowCount) : report(rowCount, written, importId);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("Another import or edit registered some of these national IDs meanwhile; nothing was written");
      throw error;
    }
  },
};

/** The leader's properties and their columns, as the import writes them. */
const LEADER_COLUMNS: [string, string][] = [
  ["id", "id"],
  ["title", "title"],
  ["firstName", "first_name"],
  ["lastName", "last_name"],
  ["gender", "gender"],
  ["birthDate", "birth_date"],
  ["nationalId", "national_id"],
  ["phone", "phone"],
  ["communityRole", "community_role"],
  ["tambonCode", "tambon_code"],
  ["districtCode", "district_code"],
  ["provinceCode", "province_code"],
  ["villageNo", "village_no"],
  ["cohortYear", "cohort_year"],
  ["status", "status"],
  ["version", "version"],
  ["createdAt", "created_at"],
  ["updatedAt", "updated_at"],
  ["deletedAt", "deleted_at"],
  ["deletionMarker", "deletion_marker"],
  ["importId", "import_id"],
];

/** A UTC instant as both dialects store DATETIME(3): "2021-02-15 08:30:00.000". */
const sqlDateTime = (date: Date) => date.toISOString().replace("T", " ").slice(0, 23);

/** Every tambon's district and province, by code (7,5xx rows: one statement per import). */
async function tambonIndex(ctx: RequestContext): Promise<Map<string, Pick<Tambon, "districtCode" | "provinceCode">>> {
  const rows = await ctx.dataSource.manager.find(Tambon, { select: { code: true, districtCode: true, provinceCode: true } });
  return new Map(rows.map((row) => [row.code, row]));
}

/** The IMPORT entry that opens an imported leader's history: an entry of `history_entry` in all but its origin. */
export interface ImportHistoryEntry extends HistoryEntry {
  importId: string;
  fileSha256: string;
}

/**
 * The first entry of the history of a leader written by a bulk import, made from the import record
 * (who, when, which request, the file's SHA-256) and what the import wrote: the leader's first state,
 * which is the `before` of its first change when it has one (anonymised with it by the retention
 * job and erasure), else the leader's row as it is. Null for a leader not written by an import, and
 * for leaders imported before import records existed (their history has a row of its own per leader).
 */
export async function importOpening(manager: EntityManager, entityName: string, leaderId: string): Promise<ImportHistoryEntry | null> {
  if (entityName !== "Leader") return null;
  const leader = await manager.findOneBy(Leader, { id: leaderId });
  if (!leader?.importId) return null;
  const [record, firstChange] = await Promise.all([
    manager.findOneBy(LeaderImport, { id: leader.importId }),
    manager.findOne(HistoryEntry, {
      where: { entityName: "Leader", entityId: leaderId, before: Not(IsNull()) },
      order: { at: "ASC", id: "ASC" },
    }),
  ]);
  if (!record) return null;
  return Object.assign(new HistoryEntry(), {
    id: record.id,
    entityName: "Leader",
    entityId: leaderId,
    action: "IMPORT",
    actorId: record.actorId,
    actorName: record.actorName,
    actorRole: record.actorRole,
    requestId: record.requestId,
    at: record.at,
    before: null,
    after: firstChange?.before ?? moneyJson(leaderSnapshot(leader)),
    importId: record.id,
    fileSha256: record.fileSha256,
  });
}

/** The import records and the leaders they wrote, for auditors (admins). */
export const leaderImportRecords = {
  async find(ctx: RequestContext, id: string): Promise<LeaderImport> {
    requireRole(ctx, Role.ADMIN);
    const record = await ctx.dataSource.manager.findOneBy(LeaderImport, { id });
    if (!record) throw notFound("LeaderImport", id);
    return record;
  },

  /** The ids of the leaders an import wrote, by their `import_id` (the import record keeps no list). */
  async leaderIds(ctx: RequestContext, importId: string): Promise<string[]> {
    const rows = await ctx.dataSource.manager.find(Leader, { select: { id: true }, where: { importId }, order: { id: "ASC" } });
    return rows.map((row) => row.id);
  },
};
