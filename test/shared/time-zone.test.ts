import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayInZone, formatDateTimeInZone, isTimeZone, utcToZonedInput, zonedInputToUtc } from '../../src/shared/time-zone.js';

test('a wall-clock time in the site zone becomes the right UTC instant, across daylight saving', () => {
  assert.equal(zonedInputToUtc('2026-07-01T09:30', 'Europe/Berlin'), '2026-07-01T07:30:00.000Z');
  assert.equal(zonedInputToUtc('2026-12-24T09:30', 'Europe/Berlin'), '2026-12-24T08:30:00.000Z');
  assert.equal(zonedInputToUtc('2026-12-24T09:30', 'America/New_York'), '2026-12-24T14:30:00.000Z');
  assert.equal(zonedInputToUtc('2026-12-24T09:30', 'Asia/Kolkata'), '2026-12-24T04:00:00.000Z');
  assert.equal(zonedInputToUtc('2026-12-24T09:30', 'UTC'), '2026-12-24T09:30:00.000Z');
});

test('and back again for the datetime-local field', () => {
  for (const zone of ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Australia/Adelaide']) {
    for (const local of ['2026-01-15T00:05', '2026-06-30T23:55', '2026-10-25T12:00']) {
      const utc = zonedInputToUtc(local, zone) as string;
      assert.equal(utcToZonedInput(utc, zone), local, `${zone} ${local}`);
    }
  }
});

test('malformed input is refused, not guessed', () => {
  for (const bad of ['', '2026-13-01T10:00', '2026-12-24 09:30', '24/12/2026 09:30', '2026-12-24T25:00', 'tomorrow']) {
    assert.equal(zonedInputToUtc(bad, 'UTC'), undefined, bad);
  }
});

test('labels and days are in the zone; unknown zones are not zones', () => {
  assert.equal(formatDateTimeInZone('2026-12-31T23:30:00.000Z', 'Asia/Tokyo'), '1 Jan 2027, 08:30');
  assert.equal(dayInZone('2026-12-31T23:30:00.000Z', 'Asia/Tokyo'), '2027-01-01');
  assert.equal(isTimeZone('Europe/Berlin'), true);
  assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
  assert.equal(isTimeZone(''), false);
});
