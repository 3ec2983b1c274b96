#!/usr/bin/env node
// A small third-party implementation of the yibao protocol, written from docs/protocol.md and
// docs/cases.md alone. It supports one region (Wuhan, 420100) and two actions: binding a family
// member, and settling a payment from the patient's own account. Everything else it skips,
// saying why, so that its report shows exactly what it does and does not implement.
"use strict";
const readline = require("node:readline");

const FAMILY_2021 = ["spouse", "parent", "child"];
const NEAR_2024 = [...FAMILY_2021, "sibling", "grandparent_paternal", "grandparent_maternal",
  "grandchild_paternal", "grandchild_maternal"];
const PROHIBITED = ["public_health", "fitness", "wellness", "non_medical_goods", "non_designated_provider"];
const MEDICAL = ["designated_institution.personal_burden", "designated_pharmacy.drug",
  "designated_pharmacy.device", "designated_pharmacy.consumable"];

// The vocabulary this example knows (spec/vocabulary/): an unknown word makes the case invalid.
const RELATIONSHIPS = [...NEAR_2024, "self", "parent_in_law", "other"];
const CATEGORIES = [...MEDICAL, ...PROHIBITED, "contribution.resident_basic", "contribution.long_term_care",
  "premium.gov_guided_inclusive", "premium.commercial_health", "premium.critical_illness", "vaccine.non_nip",
  "family_doctor_fee", "physical_exam"];
const ENUMS = { scheme: ["employee_basic", "resident_basic", "none"], status: ["enrolled", "not_enrolled", "terminated", "deceased"] };
const VENUES = ["designated_institution", "designated_pharmacy", "other"];

// An invalid case gets outcome "error" with the JSON path of the offending part (docs/cases.md).
function invalid(c) {
  const error = (message, path) => ({ outcome: "error", reasons: [], rules: [], error: { message, path } });
  if ("case_version" in c && ![1, 2].includes(c.case_version)) return error("unknown case version", "$.case_version");
  const moment = new Date(c.as_of);
  if (isNaN(moment) || new Date(moment.getTime() + 8 * 3600e3).toISOString().slice(0, 10) !== String(c.as_of).slice(0, 10)) {
    return error("not a real moment", "$.as_of");
  }
  const ids = new Set();
  for (const [i, p] of c.persons.entries()) {
    for (const [field, allowed] of Object.entries(ENUMS)) {
      if (!(field in p)) return error(`missing ${field}`, `$.persons[${i}]`);
      if (!allowed.includes(p[field])) return error(`unknown ${field}`, `$.persons[${i}].${field}`);
    }
    for (const [kind, fen] of Object.entries(p.accounts || {})) {
      if (!Number.isInteger(fen) || fen < 0) return error("a balance is whole fen, at least 0", `$.persons[${i}].accounts.${kind}`);
    }
    ids.add(p.id);
  }
  for (const [i, r] of (c.relations || []).entries()) {
    for (const key of ["person", "of"]) if (!ids.has(r[key])) return error("unknown person", `$.relations[${i}].${key}`);
    if (!RELATIONSHIPS.includes(r.relationship)) return error("unknown relationship", `$.relations[${i}].relationship`);
  }
  const x = c.action;
  for (const key of ["patient", "authorizer", "beneficiary"]) {
    if (key in x && !ids.has(x[key])) return error("unknown person", `$.action.${key}`);
  }
  if (x.kind !== "settle") return null;
  for (const key of ["patient", "venue", "category", "amount_fen", "credential"]) if (!(key in x)) return error(`missing ${key}`, "$.action");
  if (!Number.isInteger(x.amount_fen) || x.amount_fen < 1) return error("an amount is whole fen, at least 1", "$.action.amount_fen");
  if (!ids.has(x.credential.holder)) return error("unknown person", "$.action.credential.holder");
  if (!VENUES.includes(x.venue)) return error("unknown venue", "$.action.venue");
  if (!CATEGORIES.includes(x.category)) return error("unknown category", "$.action.category");
  return null;
}

function send(message) { process.stdout.write(JSON.stringify(message) + "\n"); }
function day(c) { return c.as_of.slice(0, 10); }
function person(c, id) { return c.persons.find((p) => p.id === id); }
function relation(c, who, of) {
  const r = (c.relations || []).find((x) => x.person === who && x.of === of);
  return r ? r.relationship : "other";
}
function balance(p) { return Object.entries(p.accounts || {})
  .filter(([k]) => ["personal", "current_year", "historical"].includes(k)).reduce((s, [, v]) => s + v, 0); }

function bind(c) {
  if (day(c) < "2021-05-01") return null;
  const a = person(c, c.action.authorizer), b = person(c, c.action.beneficiary);
  const reasons = [];
  if (a.scheme !== "employee_basic" || a.status !== "enrolled") reasons.push("authorizer_not_employee_insured");
  const scope = day(c) >= "2024-12-09" ? NEAR_2024 : FAMILY_2021;
  if (!scope.includes(relation(c, b.id, a.id))) reasons.push("relationship_not_in_scope");
  if (b.status !== "enrolled" || b.scheme === "none") reasons.push("beneficiary_not_enrolled");
  if (b.insured_region.slice(0, 2) !== a.insured_region.slice(0, 2)) reasons.push("beneficiary_outside_area");
  else if (b.insured_region !== a.insured_region) return null; // intra-province rules: not implemented
  if ((c.bindings || []).some((x) => x.authorizer === a.id && x.beneficiary === b.id)) reasons.push("binding_already_exists");
  return reasons.length ? { outcome: "rejected", reasons, rules: [] } : { outcome: "accepted", reasons: ["relationship_in_scope"], rules: [] };
}

function settle(c) {
  const x = c.action;
  if (day(c) < "2021-05-01" || (c.bindings || []).length || x.proxy) return null; // sharing and proxies: not implemented
  if (x.credential.holder !== x.patient) return { outcome: "rejected", reasons: ["credential_not_own"], rules: [], allocation: [] };
  const category = x.venue === "other" ? "non_designated_provider" : x.category;
  if (PROHIBITED.includes(category)) return { outcome: "rejected", reasons: ["category_prohibited"], rules: [], allocation: [] };
  if (!MEDICAL.includes(category)) return { outcome: "rejected", reasons: ["category_not_listed"], rules: [], allocation: [] };
  const own = Math.min(balance(person(c, x.patient)), x.amount_fen);
  const allocation = [];
  if (own) allocation.push({ person: x.patient, account: "personal", fen: own });
  if (x.amount_fen > own) allocation.push({ person: null, account: "cash", fen: x.amount_fen - own });
  return { outcome: "accepted", reasons: ["category_allowed"], rules: [], allocation };
}

const ACTIONS = { bind, settle };

function run(item) {
  const c = item.case;
  // Region codes: this example knows only Wuhan, so it cannot tell a wrong code from another region's.
  const elsewhere = c.region !== "420100" || c.persons.some((p) => p.insured_region !== "420100");
  const handler = ACTIONS[c.action.kind];
  const result = !handler ? null : invalid(c) || (elsewhere && c.action.kind === "settle" ? null : handler(c));
  if (!result) return { seq: item.seq, skipped: { reason: `not implemented: ${item.case.action.kind} in this situation` } };
  return { seq: item.seq, result };
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (message.cmd === "start") {
    send({ implementation: { name: "node-example", version: "0.1.0", language: "javascript" },
      protocol: 1, regions: ["420100"], unsupported: [] });
  } else if (message.cmd === "run") {
    for (const item of message.cases) send(run(item));
  } else if (message.cmd === "stop") {
    send({ ok: true });
    process.exit(0);
  }
});
