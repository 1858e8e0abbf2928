import { Box, Stack, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useTranslate } from "react-admin";
import type { Place } from "./queries";
import { PROVINCE_TILES } from "./provinceTiles";

export type MapMeasure = "awards" | "attendance";

const TILE = 30;
const GAP = 3;
const EMPTY = "#e5e7eb";
const STEPS = ["#bbf7d0", "#4ade80", "#16a34a", "#14532d"];
const number = new Intl.NumberFormat("th-TH");

/** The colour of a figure: grey for none, then four shades of green up to the largest. */
export function tileColour(value: number, max: number): string {
  if (value <= 0 || max <= 0) return EMPTY;
  return STEPS[Math.min(STEPS.length - 1, Math.floor(((value - 1) / max) * STEPS.length))]!;
}

/** Each shade a figure up to `max` can take, with the smallest figure it shows, for the legend. */
const bounds = (max: number) =>
  STEPS.map((colour, i) => ({ colour, from: Math.ceil((i * max) / STEPS.length) + 1 })).filter(
    (step, i, all) => step.from <= max && all.findIndex((other) => other.from === step.from) === i && tileColour(step.from, max) === step.colour,
  );

/**
 * The provinces as a tile grid coloured by awards or by workshop attendance (a switch), each province's name on
 * hover (an SVG title) and as text for screen readers (the list under the map).
 */
export function ProvinceMap({ provinces, values }: { provinces: Place[]; values: Record<MapMeasure, Record<string, number>> }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [measure, setMeasure] = useState<MapMeasure>("awards");
  const shown = values[measure];
  const max = Math.max(0, ...Object.values(shown));
  const name = (p: Place) => (locale === "en" ? p.nameEn : p.nameTh);
  const unit = translate(`cl.programme.mapUnit.${measure}`);
  const placed = provinces.filter((p) => PROVINCE_TILES[p.code]);
  const label = (p: Place) => `${name(p)}: ${number.format(shown[p.code] ?? 0)} ${unit}`;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="subtitle1">{translate("cl.programme.map")}</Typography>
        <ToggleButtonGroup size="small" exclusive value={measure} onChange={(_, next: MapMeasure | null) => next && setMeasure(next)}>
          <ToggleButton value="awards">{translate("cl.programme.mapBy.awards")}</ToggleButton>
          <ToggleButton value="attendance">{translate("cl.programme.mapBy.attendance")}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <Box sx={{ width: "100%", maxWidth: 9 * (TILE + GAP) * 1.4 }}>
          <svg
            viewBox={`0 0 ${9 * (TILE + GAP)} ${17 * (TILE + GAP)}`}
            role="img"
            aria-label={translate("cl.programme.map")}
            data-testid="province-map"
          >
            {placed.map((p) => {
              const [col, row] = PROVINCE_TILES[p.code]!;
              const value = shown[p.code] ?? 0;
              return (
                <g key={p.code} data-testid={`province-${p.code}`} data-value={value}>
                  <title>{label(p)}</title>
                  <rect x={col * (TILE + GAP)} y={row * (TILE + GAP)} width={TILE} height={TILE} rx={4} fill={tileColour(value, max)} />
                  {value > 0 && (
                    <text
                      x={col * (TILE + GAP) + TILE / 2}
                      y={row * (TILE + GAP) + TILE / 2 + 4}
                      textAnchor="middle"
                      fontSize={10}
                      fill={tileColour(value, max) === STEPS[0] ? "#14532d" : "#ffffff"}
                    >
                      {number.format(value)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </Box>
        <Stack spacing={0.5} data-testid="map-legend">
          <Typography variant="caption">{translate(`cl.programme.mapBy.${measure}`)}</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
            <Box sx={{ width: 14, height: 14, bgcolor: EMPTY }} />
            <Typography variant="caption">{translate("cl.programme.mapNone")}</Typography>
          </Stack>
          {max > 0 &&
            bounds(max).map(({ colour, from }) => (
              <Stack key={from} direction="row" spacing={1} sx={{ alignItems: "center" }}>
                <Box sx={{ width: 14, height: 14, bgcolor: colour }} />
                <Typography variant="caption">{translate("cl.programme.mapFrom", { from: number.format(from), unit })}</Typography>
              </Stack>
            ))}
        </Stack>
      </Stack>
      <Box component="ul" sx={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)", m: 0, p: 0 }}>
        {placed.map((p) => (
          <li key={p.code}>{label(p)}</li>
        ))}
      </Box>
    </Stack>
  );
}
