#!/usr/bin/env node
// Offline validation of k8s/: renders each overlay, then checks every rendered document against the Kubernetes
// schemas (kubernetes-models), rejects fields the schema does not know, and applies Uppsikt's policy. No cluster,
// kubectl or kustomize is needed.
//
//   node validate.mjs               overlays + self-test
//   node validate.mjs --overlays    only the overlays
//   node validate.mjs --self-test   only the self-test (test/): broken manifests must be rejected, the renderer
//                                   must produce the expected output, the CronJob script must fail on non-2xx
//   node validate.mjs --render dev  prints the rendered overlay
//
// Prints one line per check and a last line "N passed, N failed"; exits 1 on any failure.
//
// The renderer is a SUBSET of kustomize, only what k8s/ uses: `resources` (files and directories with a
// kustomization.yaml), `namespace`, `images` (name, newName, newTag, digest) and `patches` given by `path`: one
// strategic-merge patch per file, its target found by apiVersion + kind + metadata.name. Merge keys are those of the
// Kubernetes API for containers, env, volumes, volumeMounts and ports; every other list is replaced, null deletes a
// field. Anything else in a kustomization.yaml (namePrefix, configMapGenerator, $patch directives ...) is an error,
// never silently ignored: extend the renderer before using it.

import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import yaml from "js-yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const k8sDir = path.resolve(here, "..");
const modelsDir = path.join(here, "node_modules", "kubernetes-models");
const OVERLAYS = ["dev", "prod", "cnpg"];

// ---------------------------------------------------------------------------------------------------------------
// Rendering: a kustomize subset
// ---------------------------------------------------------------------------------------------------------------

const SUPPORTED_FIELDS = new Set(["apiVersion", "kind", "resources", "namespace", "images", "patches"]);
const MERGE_KEYS = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  env: "name",
  volumes: "name",
  imagePullSecrets: "name",
  volumeMounts: "mountPath",
};
const source = new WeakMap();

function loadFile(file) {
  const text = fs.readFileSync(file, "utf8");
  const docs = yaml.loadAll(text, null, { filename: file }).filter((d) => d !== null && d !== undefined);
  for (const d of docs) if (isObject(d)) source.set(d, path.relative(k8sDir, file));
  return docs;
}

export function render(dir) {
  const kfile = path.join(dir, "kustomization.yaml");
  if (!fs.existsSync(kfile)) throw new Error(`${dir}: no kustomization.yaml`);
  const k = yaml.load(fs.readFileSync(kfile, "utf8"), { filename: kfile }) ?? {};
  const rel = path.relative(k8sDir, kfile);
  for (const field of Object.keys(k)) {
    if (!SUPPORTED_FIELDS.has(field)) {
      throw new Error(`${rel}: kustomize field "${field}" is not supported by this renderer `
        + `(subset: ${[...SUPPORTED_FIELDS].join(", ")})`);
    }
  }
  const docs = [];
  for (const r of k.resources ?? []) {
    const p = path.resolve(dir, r);
    if (!fs.existsSync(p)) throw new Error(`${rel}: resource ${r} does not exist`);
    docs.push(...(fs.statSync(p).isDirectory() ? render(p) : loadFile(p)));
  }
  for (const patch of k.patches ?? []) {
    const extra = Object.keys(patch).filter((f) => f !== "path");
    if (extra.length) throw new Error(`${rel}: patch field(s) ${extra.join(", ")} not supported (only path)`);
    const pfile = path.resolve(dir, patch.path);
    const pdocs = loadFile(pfile);
    if (pdocs.length !== 1) throw new Error(`${patch.path}: a patch file must hold exactly one document`);
    const p = pdocs[0];
    const targets = docs.filter((d) => d.apiVersion === p.apiVersion && d.kind === p.kind
      && d.metadata?.name === p.metadata?.name
      && (p.metadata?.namespace === undefined || p.metadata.namespace === d.metadata?.namespace));
    if (targets.length !== 1) {
      throw new Error(`${rel}: patch ${patch.path} matches ${targets.length} resources `
        + `(${p.apiVersion} ${p.kind} ${p.metadata?.name}); it must match exactly one`);
    }
    strategicMerge(targets[0], p, "");
  }
  for (const image of k.images ?? []) {
    const extra = Object.keys(image).filter((f) => !["name", "newName", "newTag", "digest"].includes(f));
    if (extra.length) throw new Error(`${rel}: image field(s) ${extra.join(", ")} not supported`);
    let matched = 0;
    for (const d of docs) {
      for (const c of containersOf(d)) {
        const ref = parseImage(c.image);
        if (ref.name !== image.name) continue;
        matched++;
        c.image = (image.newName ?? ref.name)
          + (image.digest ? `@${image.digest}` : (image.newTag ?? ref.tag) ? `:${image.newTag ?? ref.tag}` : "");
      }
    }
    // kustomize would ignore a misspelt image name; here it is an error, so a release tag cannot silently miss.
    if (!matched) throw new Error(`${rel}: image ${image.name} matches no container`);
  }
  if (k.namespace) for (const d of docs) (d.metadata ??= {}).namespace = k.namespace;
  const seen = new Set();
  for (const d of docs) {
    const id = `${d.apiVersion} ${d.kind} ${d.metadata?.namespace ?? ""}/${d.metadata?.name}`;
    if (seen.has(id)) throw new Error(`${rel}: ${id} is defined twice`);
    seen.add(id);
  }
  return docs;
}

function strategicMerge(target, patch, key) {
  if (isObject(patch)) {
    for (const f of Object.keys(patch)) {
      if (f.startsWith("$")) throw new Error(`patch directive ${f} is not supported`);
    }
    if (!isObject(target)) return structuredClone(patch);
    for (const [f, v] of Object.entries(patch)) {
      if (v === null) delete target[f];
      else target[f] = strategicMerge(target[f], v, f);
    }
    return target;
  }
  if (Array.isArray(patch)) {
    let mergeKey = MERGE_KEYS[key];
    if (key === "ports") mergeKey = patch.every((p) => isObject(p) && "containerPort" in p) ? "containerPort" : "port";
    if (!mergeKey || !Array.isArray(target) || !patch.every((p) => isObject(p) && mergeKey in p)) {
      return structuredClone(patch);
    }
    const result = [...target];
    for (const item of patch) {
      const i = result.findIndex((t) => isObject(t) && t[mergeKey] === item[mergeKey]);
      if (i >= 0) result[i] = strategicMerge(result[i], item, "");
      else result.push(structuredClone(item));
    }
    return result;
  }
  return patch;
}

function parseImage(image) {
  let rest = String(image ?? "");
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) [rest, digest] = [rest.slice(0, at), rest.slice(at + 1)];
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, tag: undefined, digest };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers over documents
// ---------------------------------------------------------------------------------------------------------------

function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

const LONG_RUNNING = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"]);

function podTemplateOf(d) {
  if (LONG_RUNNING.has(d.kind) || d.kind === "Job") return d.spec?.template;
  if (d.kind === "CronJob") return d.spec?.jobTemplate?.spec?.template;
  return undefined;
}

function podSpecOf(d) {
  return d.kind === "Pod" ? d.spec : podTemplateOf(d)?.spec;
}

function containersOf(d) {
  const spec = podSpecOf(d);
  if (!isObject(spec)) return [];
  return [...(spec.initContainers ?? []), ...(spec.containers ?? [])].filter(isObject);
}

function labelsMatch(selector, labels) {
  return isObject(selector) && Object.keys(selector).length > 0
    && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

function describe(d) {
  return `${d?.kind ?? "?"}/${d?.metadata?.name ?? "?"}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Schema validation (kubernetes-models) with unknown-field detection
// ---------------------------------------------------------------------------------------------------------------

const validators = new Map();

async function schemaValidator(apiVersion, kind) {
  const id = `${apiVersion}/${kind}`;
  if (validators.has(id)) return validators.get(id);
  let validate = null;
  // kubernetes-models lays its models out as <apiVersion>/<Kind>.js; each imports its compiled schema.
  const model = path.join(modelsDir, ...String(apiVersion).split("/"), `${kind}.js`);
  if (/^[\w.\/-]+$/.test(id) && fs.existsSync(model)) {
    const m = /_schemas\/(\w+)\.js/.exec(fs.readFileSync(model, "utf8"));
    if (m) validate = (await import(pathToFileURL(path.join(modelsDir, "_schemas", `${m[1]}.js`)).href)).validate;
  }
  validators.set(id, validate);
  return validate;
}

// The compiled validators read every property their schema defines (and enumerate the keys of free-form maps such
// as labels or ConfigMap data). Watching those reads through a Proxy tells, for each object in the document, which
// keys the schema knows: any other key is an unknown field. This uses the schema itself, not a hand-kept list.
function tracked(node, pointer, seen) {
  if (node === null || typeof node !== "object") return node;
  const record = seen.get(pointer) ?? { node, read: new Set(), enumerated: false };
  seen.set(pointer, record);
  return new Proxy(node, {
    get(t, k, r) {
      const v = Reflect.get(t, k, r);
      if (typeof k !== "string") return v;
      record.read.add(k);
      return v !== null && typeof v === "object" && Object.hasOwn(t, k) ? tracked(v, `${pointer}/${k}`, seen) : v;
    },
    has(t, k) {
      if (typeof k === "string") record.read.add(k);
      return Reflect.has(t, k);
    },
    ownKeys(t) {
      record.enumerated = true;
      return Reflect.ownKeys(t);
    },
  });
}

function formatSchemaError(e) {
  const at = e.instancePath || "/";
  switch (e.keyword) {
    case "type": return `${at}: must be ${e.params.type}`;
    case "required": return `${at}: missing required field "${e.params.missingProperty}"`;
    case "enum": return `${at}: must be one of ${JSON.stringify(e.params.allowedValues)}`;
    case "format": return `${at}: must match format ${e.params.format}`;
    default: return `${at}: ${e.message ?? e.keyword} ${JSON.stringify(e.params ?? {})}`;
  }
}

async function kubernetesSchemaErrors(doc) {
  const validate = await schemaValidator(doc.apiVersion, doc.kind);
  if (!validate) return [`no Kubernetes schema for apiVersion ${doc.apiVersion}, kind ${doc.kind}`];
  const seen = new Map();
  const ok = validate(tracked(doc, "", seen));
  // oneOf/anyOf branches report every alternative; the first few say enough.
  const errors = ok ? [] : [...new Set((validate.errors ?? []).map(formatSchemaError))].slice(0, 8);
  for (const [pointer, record] of seen) {
    if (Array.isArray(record.node) || record.enumerated) continue;
    for (const key of Object.keys(record.node)) {
      if (!record.read.has(key)) errors.push(`${pointer}/${key}: unknown field "${key}"`);
    }
  }
  return errors;
}

// CloudNativePG resources have no model package here: a hand-written structural schema of the fields Uppsikt uses
// (a subset of the CRD). Types are checked and unknown fields rejected; a field added to the manifests must be added
// here too.
const S = "string", I = "integer", B = "boolean";
const MAP_OF_STRINGS = { map: S };
const SECRET_REF = { name: S };
const RESOURCES = { limits: { map: [S, I] }, requests: { map: [S, I] } };
const METADATA = { name: S, namespace: S, labels: MAP_OF_STRINGS, annotations: MAP_OF_STRINGS };
const CRD_SCHEMAS = {
  "postgresql.cnpg.io/v1/Cluster": {
    required: ["spec.instances", "spec.storage.size"],
    schema: {
      apiVersion: S, kind: S, metadata: METADATA,
      spec: {
        description: S, instances: I, imageName: S, primaryUpdateStrategy: S, primaryUpdateMethod: S,
        enableSuperuserAccess: B, startDelay: I, stopDelay: I,
        bootstrap: {
          initdb: { database: S, owner: S, secret: SECRET_REF, encoding: S, localeCollate: S, localeCType: S },
        },
        managed: {
          roles: [{
            name: S, ensure: S, comment: S, login: B, superuser: B, createdb: B, createrole: B, inherit: B,
            replication: B, bypassrls: B, connectionLimit: I, validUntil: S, inRoles: [S],
            passwordSecret: SECRET_REF, disablePassword: B,
          }],
        },
        postgresql: { parameters: MAP_OF_STRINGS, pg_hba: [S] },
        storage: { size: S, storageClass: S, resizeInUseVolumes: B },
        walStorage: { size: S, storageClass: S },
        resources: RESOURCES,
        affinity: { enablePodAntiAffinity: B, topologyKey: S, podAntiAffinityType: S },
        monitoring: { enablePodMonitor: B },
      },
    },
  },
  "postgresql.cnpg.io/v1/Database": {
    required: ["spec.name", "spec.owner", "spec.cluster.name"],
    schema: {
      apiVersion: S, kind: S, metadata: METADATA,
      spec: { name: S, owner: S, ensure: S, databaseReclaimPolicy: S, encoding: S, cluster: { name: S } },
    },
  },
};

function structuralErrors(value, schema, pointer, errors) {
  const typeOf = (v) => (Array.isArray(v) ? "array" : Number.isInteger(v) ? I : typeof v);
  if (Array.isArray(schema)) {
    if (schema.every((s) => typeof s === "string")) {
      if (!schema.includes(typeOf(value))) errors.push(`${pointer}: must be ${schema.join(" or ")}`);
      return;
    }
    if (!Array.isArray(value)) return errors.push(`${pointer}: must be array`);
    value.forEach((v, i) => structuralErrors(v, schema[0], `${pointer}/${i}`, errors));
  } else if (typeof schema === "string") {
    if (typeOf(value) !== schema) errors.push(`${pointer || "/"}: must be ${schema}`);
  } else if (schema.map) {
    if (!isObject(value)) return errors.push(`${pointer}: must be object`);
    for (const [k, v] of Object.entries(value)) structuralErrors(v, schema.map, `${pointer}/${k}`, errors);
  } else {
    if (!isObject(value)) return errors.push(`${pointer || "/"}: must be object`);
    for (const [k, v] of Object.entries(value)) {
      if (!(k in schema)) errors.push(`${pointer}/${k}: unknown field "${k}"`);
      else structuralErrors(v, schema[k], `${pointer}/${k}`, errors);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Policy
// ---------------------------------------------------------------------------------------------------------------

const PROBES = ["startupProbe", "readinessProbe", "livenessProbe"];

function policyErrors(doc) {
  const errors = [];
  if (doc.kind === "Secret" && (doc.data || doc.stringData)) {
    errors.push("a Secret with data must not be committed: create it in the cluster (see the README)");
  }
  const spec = podSpecOf(doc);
  if (!isObject(spec)) return errors;
  const podSecurity = spec.securityContext ?? {};
  for (const flag of ["hostNetwork", "hostPID", "hostIPC"]) if (spec[flag]) errors.push(`pod: ${flag} is set`);
  for (const c of containersOf(doc)) {
    const name = `container ${c.name}`;
    // Jobs run to completion: probes apply to long-running workloads only.
    if (LONG_RUNNING.has(doc.kind) && !(spec.initContainers ?? []).includes(c)) {
      for (const probe of PROBES) if (!isObject(c[probe])) errors.push(`${name}: has no ${probe}`);
    }
    for (const kind of ["requests", "limits"]) {
      for (const resource of ["cpu", "memory"]) {
        if (c.resources?.[kind]?.[resource] === undefined) errors.push(`${name}: no resources.${kind}.${resource}`);
      }
    }
    const sc = c.securityContext ?? {};
    if ((sc.runAsNonRoot ?? podSecurity.runAsNonRoot) !== true) errors.push(`${name}: runAsNonRoot is not true`);
    if ((sc.runAsUser ?? podSecurity.runAsUser) === 0) errors.push(`${name}: runs as uid 0`);
    if (sc.readOnlyRootFilesystem !== true) errors.push(`${name}: readOnlyRootFilesystem is not true`);
    if (sc.allowPrivilegeEscalation !== false) errors.push(`${name}: allowPrivilegeEscalation is not false`);
    if (sc.privileged === true) errors.push(`${name}: privileged`);
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) errors.push(`${name}: capabilities do not drop ALL`);
    if (sc.capabilities?.add?.length) errors.push(`${name}: adds capabilities ${sc.capabilities.add.join(", ")}`);
    const seccomp = (sc.seccompProfile ?? podSecurity.seccompProfile)?.type;
    if (!["RuntimeDefault", "Localhost"].includes(seccomp)) errors.push(`${name}: no RuntimeDefault seccompProfile`);
    const ref = parseImage(c.image);
    if (!ref.digest && (!ref.tag || ref.tag === "latest")) errors.push(`${name}: image ${c.image} has no fixed tag`);
  }
  return errors;
}

// References between the rendered documents: a typo in a name would otherwise only show in the cluster.
function referenceErrors(doc, all) {
  const errors = [];
  const byKind = (kind) => all.filter((d) => d.kind === kind);
  const find = (kind, name) => byKind(kind).find((d) => d.metadata?.name === name);
  const workloads = all.filter((d) => podTemplateOf(d));
  const podsMatching = (selector) => workloads.filter((w) => labelsMatch(selector, podTemplateOf(w).metadata?.labels));
  const spec = podSpecOf(doc);
  if (isObject(spec)) {
    for (const c of containersOf(doc)) {
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef && !from.configMapRef.optional && !find("ConfigMap", from.configMapRef.name)) {
          errors.push(`container ${c.name}: ConfigMap ${from.configMapRef.name} is not in the rendered output`);
        }
      }
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.configMapKeyRef;
        if (ref && !ref.optional && find("ConfigMap", ref.name)?.data?.[ref.key] === undefined) {
          errors.push(`container ${c.name}: env ${e.name} refers to missing ConfigMap key ${ref.name}/${ref.key}`);
        }
      }
    }
    for (const v of spec.volumes ?? []) {
      if (v.persistentVolumeClaim && !find("PersistentVolumeClaim", v.persistentVolumeClaim.claimName)) {
        errors.push(`volume ${v.name}: PersistentVolumeClaim ${v.persistentVolumeClaim.claimName} is not defined`);
      }
    }
    if (doc.kind === "Deployment" && doc.spec?.replicas !== undefined
      && byKind("HorizontalPodAutoscaler").some((h) => h.spec?.scaleTargetRef?.name === doc.metadata?.name)) {
      errors.push("replicas is set although a HorizontalPodAutoscaler owns the count (each apply would reset it)");
    }
    const templateLabels = podTemplateOf(doc).metadata?.labels;
    if (LONG_RUNNING.has(doc.kind) && !labelsMatch(doc.spec?.selector?.matchLabels, templateLabels)) {
      errors.push("spec.selector.matchLabels does not match the pod template's labels");
    }
  }
  if (doc.kind === "Service") {
    const targets = podsMatching(doc.spec?.selector);
    if (!targets.length) errors.push(`selector ${JSON.stringify(doc.spec?.selector)} matches no workload`);
    for (const p of doc.spec?.ports ?? []) {
      if (typeof p.targetPort === "string" && !targets.some((w) => containersOf(w)
        .some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort)))) {
        errors.push(`port ${p.name}: no selected container has a port named ${p.targetPort}`);
      }
    }
  }
  if (doc.kind === "HorizontalPodAutoscaler") {
    const t = doc.spec?.scaleTargetRef;
    if (!find(t?.kind, t?.name)) errors.push(`scaleTargetRef ${t?.kind}/${t?.name} is not defined`);
  }
  if (doc.kind === "PodDisruptionBudget" && !podsMatching(doc.spec?.selector?.matchLabels).length) {
    errors.push("selector matches no workload");
  }
  if (doc.kind === "Ingress") {
    for (const rule of doc.spec?.rules ?? []) {
      for (const p of rule.http?.paths ?? []) {
        const s = p.backend?.service;
        const svc = s && find("Service", s.name);
        if (s && !svc) errors.push(`path ${p.path}: Service ${s.name} is not defined`);
        else if (s?.port?.name && !(svc.spec?.ports ?? []).some((sp) => sp.name === s.port.name)) {
          errors.push(`path ${p.path}: Service ${s.name} has no port named ${s.port.name}`);
        }
      }
    }
  }
  if (doc.kind === "NetworkPolicy") {
    // Peers named by app.kubernetes.io/name must exist, so a misspelt service cannot open a silent gap.
    const selectors = [doc.spec?.podSelector];
    for (const rule of [...(doc.spec?.ingress ?? []), ...(doc.spec?.egress ?? [])]) {
      for (const peer of [...(rule.from ?? []), ...(rule.to ?? [])]) {
        if (!peer.namespaceSelector) selectors.push(peer.podSelector);
      }
    }
    for (const s of selectors) {
      const name = s?.matchLabels?.["app.kubernetes.io/name"];
      if (name && !podsMatching({ "app.kubernetes.io/name": name }).length) {
        errors.push(`selects app.kubernetes.io/name=${name}, which no workload has`);
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a set of documents
// ---------------------------------------------------------------------------------------------------------------

export async function checkDocuments(docs, { requireNamespace = false } = {}) {
  const results = [];
  for (const doc of docs) {
    if (!isObject(doc)) {
      results.push({ doc, errors: ["a document must be a mapping"] });
      continue;
    }
    const errors = [];
    if (typeof doc.apiVersion !== "string" || typeof doc.kind !== "string") {
      errors.push("apiVersion and kind are required");
    }
    if (!doc.metadata?.name) errors.push("metadata.name is required");
    if (requireNamespace && !doc.metadata?.namespace) errors.push("metadata.namespace is not set");
    if (!errors.length) {
      const crd = CRD_SCHEMAS[`${doc.apiVersion}/${doc.kind}`];
      if (crd) {
        structuralErrors(doc, crd.schema, "", errors);
        for (const req of crd.required) {
          if (req.split(".").reduce((v, k) => v?.[k], doc) === undefined) errors.push(`missing required field ${req}`);
        }
      } else {
        errors.push(...(await kubernetesSchemaErrors(doc)));
      }
      errors.push(...policyErrors(doc), ...referenceErrors(doc, docs));
    }
    results.push({ doc, errors });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Self-test
// ---------------------------------------------------------------------------------------------------------------

function expectationOf(file) {
  const m = /^#[ \t]*expect:[ \t]*(accept|reject)[ \t]*(.*)$/m.exec(fs.readFileSync(file, "utf8"));
  if (!m) throw new Error(`${file}: no "# expect: accept" or "# expect: reject <regex>" line`);
  return { accept: m[1] === "accept", pattern: m[2] ? new RegExp(m[2]) : undefined };
}

async function manifestCases(report) {
  const dir = path.join(here, "test", "cases");
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const file = path.join(dir, name);
    const expect = expectationOf(file);
    const errors = (await checkDocuments(loadFile(file))).flatMap((r) => r.errors);
    if (expect.accept) {
      report(`self-test ${name}: accepted`, errors);
    } else if (!errors.length) {
      report(`self-test ${name}: rejected`, ["was accepted"]);
    } else {
      // Every error must be the expected one: the case proves that this check, and only it, caught the fault.
      const other = errors.filter((e) => !expect.pattern.test(e));
      report(`self-test ${name}: rejected (${errors[0]})`,
        other.map((e) => `unexpected error (expected /${expect.pattern.source}/): ${e}`));
    }
  }
}

function renderCases(report) {
  const dir = path.join(here, "test", "render");
  for (const name of fs.readdirSync(dir).sort()) {
    const caseDir = path.join(dir, name);
    const overlay = path.join(caseDir, "overlay");
    const expectedFile = path.join(caseDir, "expected.yaml");
    const errorFile = path.join(caseDir, "expected-error.txt");
    let rendered, error;
    try {
      rendered = render(overlay);
    } catch (e) {
      error = e;
    }
    if (fs.existsSync(errorFile)) {
      const pattern = new RegExp(fs.readFileSync(errorFile, "utf8").trim());
      report(`self-test render ${name}: refused`, error
        ? (pattern.test(error.message) ? [] : [`error "${error.message}" does not match /${pattern.source}/`])
        : ["rendered although it should have been refused"]);
    } else {
      const expected = yaml.loadAll(fs.readFileSync(expectedFile, "utf8")).filter(Boolean);
      const problems = error ? [error.message] : [];
      if (!error && JSON.stringify(rendered) !== JSON.stringify(expected)) {
        problems.push(`rendered output differs from expected.yaml:\n${yaml.dump(rendered, { lineWidth: 120 })}`);
      }
      report(`self-test render ${name}: as expected`, problems);
    }
  }
}

// The CronJob's own script, taken from the rendered manifest, against a fake issuer and retention-service: a 2xx
// must end in exit 0, anything else (trigger error, refused token) in a non-zero exit, which fails the Job.
async function cronJobScriptCases(report) {
  const cronJob = render(path.join(k8sDir, "overlays", "prod")).find((d) => d.kind === "CronJob");
  const container = cronJob.spec.jobTemplate.spec.template.spec.containers[0];
  const script = container.command[2];
  const scenarios = [
    { name: "trigger answers 202", token: 200, trigger: 202, exit: 0 },
    { name: "trigger answers 500", token: 200, trigger: 500, exit: "non-zero" },
    { name: "trigger answers 403", token: 200, trigger: 403, exit: "non-zero" },
    { name: "issuer refuses the client", token: 401, trigger: 202, exit: "non-zero" },
  ];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "uppsikt-cronjob-"));
  fs.writeFileSync(path.join(tmp, "client-id"), "retention-scheduler");
  fs.writeFileSync(path.join(tmp, "client-secret"), "s3cret&=+");
  try {
    for (const s of scenarios) {
      const seen = {};
      const server = http.createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => {
          const base = `http://127.0.0.1:${server.address().port}`;
          if (req.url === "/realms/uppsikt/.well-known/openid-configuration") {
            res.end(JSON.stringify({ issuer: `${base}/realms/uppsikt`, token_endpoint: `${base}/token` }));
          } else if (req.url === "/token") {
            seen.tokenBody = body;
            res.statusCode = s.token;
            res.end(s.token === 200
              ? '{"access_token":"eyJ.test.token","expires_in":300}'
              : '{"error":"unauthorized_client"}');
          } else if (req.url === "/api/v1/disposal-runs/scheduled" && req.method === "POST") {
            seen.authorization = req.headers.authorization;
            res.statusCode = s.trigger;
            res.end(s.trigger === 202 ? '{"runsCreated":1,"runsExecuted":0}' : '{"status":' + s.trigger + "}");
          } else {
            res.statusCode = 404;
            res.end();
          }
        });
      });
      await new Promise((r) => server.listen(0, "127.0.0.1", r));
      const base = `http://127.0.0.1:${server.address().port}`;
      const env = {
        PATH: process.env.PATH, TMPDIR: tmp, OIDC_CREDENTIALS_DIR: tmp,
        OIDC_ISSUER: `${base}/realms/uppsikt`,
        RETENTION_TRIGGER_URL: `${base}/api/v1/disposal-runs/scheduled`,
      };
      const code = await new Promise((resolve) => {
        const child = spawn("sh", ["-c", script], { env, stdio: "ignore" });
        child.on("error", () => resolve(-1));
        child.on("exit", (c) => resolve(c));
      });
      server.close();
      const problems = [];
      if (code === -1) problems.push("could not run sh");
      else if (s.exit === 0 ? code !== 0 : code === 0) problems.push(`exit code ${code}, expected ${s.exit}`);
      if (s.token === 200 && seen.authorization !== "Bearer eyJ.test.token") {
        problems.push(`trigger called with Authorization ${seen.authorization}`);
      }
      // The secret's special characters must arrive URL-encoded.
      const expectedBody = "grant_type=client_credentials&client_id=retention-scheduler&client_secret=s3cret%26%3D%2B";
      if (seen.tokenBody !== expectedBody) {
        problems.push(`token request body was ${seen.tokenBody}`);
      }
      report(`self-test CronJob script, ${s.name}: exit ${code}`, problems);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

async function main(args) {
  if (args[0] === "--render") {
    // Prints an overlay as this renderer sees it (compare with `kubectl kustomize` where kustomize is available).
    const docs = render(path.resolve(k8sDir, "overlays", args[1] ?? "prod"));
    process.stdout.write(docs.map((d) => yaml.dump(d, { lineWidth: 120 })).join("---\n"));
    return 0;
  }
  const runOverlays = !args.includes("--self-test") || args.includes("--overlays");
  const runSelfTest = !args.includes("--overlays") || args.includes("--self-test");
  const started = performance.now();
  let passed = 0, failed = 0;
  const report = (label, errors) => {
    if (errors.length) {
      failed++;
      console.log(`FAIL ${label}`);
      for (const e of errors) console.log(`       ${e.replaceAll("\n", "\n       ")}`);
    } else {
      passed++;
      console.log(`ok   ${label}`);
    }
  };
  if (runOverlays) {
    for (const overlay of OVERLAYS) {
      let docs;
      try {
        docs = render(path.join(k8sDir, "overlays", overlay));
      } catch (e) {
        report(`${overlay}: render`, [e.message]);
        continue;
      }
      for (const { doc, errors } of await checkDocuments(docs, { requireNamespace: true })) {
        report(`${overlay} ${describe(doc)} (${source.get(doc) ?? "?"})`, errors);
      }
    }
  }
  if (runSelfTest) {
    await manifestCases(report);
    renderCases(report);
    await cronJobScriptCases(report);
  }
  console.log(`validation took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    console.error(e);
    console.log("0 passed, 1 failed");
    process.exit(1);
  });
}
