// Placeholder build of the panel: copies the static page into dist/ (the react-admin panel replaces it).
const fs = require("node:fs");
const path = require("node:path");

const dist = path.join(__dirname, "dist");
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
fs.copyFileSync(path.join(__dirname, "index.html"), path.join(dist, "index.html"));
console.log("admin: placeholder page built into admin/dist");
