// The results step of Aurora's 2026 program in the demo (at 2027-02-01, `next aurora-us --step results`),
// answered prompt by prompt: shared by the flow test and the equivalent-command test.
import { expect } from 'vitest';
import { answer, pick, prompt } from './driver.js';

/**
 * Answers every question; `students` answers the one about «Estudiantes participantes» (meta 360).
 * Each activity's status comes after its results: the two done stay done, the two in progress stay in
 * progress (their results fell short), and the workshop, still planned, offered «En curso» (12 of 15
 * companies), is recorded as done.
 */
export async function answerAuroraResults(students: (prompt: string) => Promise<void>): Promise<void> {
  // A26-1: both results are recorded; what was spent of 105,000 MXN and 4,000 USD.
  await answer('Monto ejercido: El municipio (MXN; programado 105,000)', '98,500');
  await answer('Monto ejercido: La contraparte (USD; programado 4,000)');
  await answer('Estado de la actividad A26-1 al cierre de 2026 (registrada: Concluida)');
  await answer('El municipio (MXN; programado 36,000)'); // A26-2
  await answer('Un tercero (USD; programado 5,200)');
  await answer('Estado de la actividad A26-2 al cierre de 2026 (registrada: Concluida)');
  await students('Resultado de «Estudiantes participantes» (estudiantes; meta 360)');
  await answer('El municipio (MXN; programado 28,000)'); // A26-3
  await answer('Estado de la actividad A26-3 al cierre de 2026 (registrada: En curso; 0 de 2 metas alcanzadas)');
  await answer('El municipio (MXN; programado 350,000)'); // A26-4
  await answer('Un tercero (MXN; programado 350,000)');
  await answer('Estado de la actividad A26-4 al cierre de 2026 (registrada: En curso; 0 de 1 meta alcanzada)');
  await answer('Resultado de «Empresas capacitadas» (empresas; meta 15)', '12');
  await answer('El municipio (MXN; programado 45,000)', '40000');
  await answer('En especie (USD; programado 2,500)', '0');
  // The choices in the aop step's order; the suggestion highlighted: «Concluida» is the next one down.
  const workshop = 'Estado de la actividad A26-5 al cierre de 2026 (registrada: Programada; 0 de 1 meta alcanzada)';
  expect(await prompt(workshop)).toMatch(/Programada\n❯ En curso\n {2}Concluida\n {2}Pospuesta\n {2}Cancelada/);
  await pick(workshop, 1);
  await answer('Logros del año, en lenguaje claro para publicarse [español]', 'Se cumplieron casi todas las metas.');
  await answer('Logros del año, en lenguaje claro para publicarse [inglés]', 'Almost every target was met.');
  await answer('Siguientes pasos [español]', 'Concluir la obra de La Loma.');
  await answer('Siguientes pasos [inglés]', 'Finish the La Loma works.');
  await answer('Fecha de la evaluación con la contraparte', '2027-01-28');
}
