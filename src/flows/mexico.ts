// The 32 federal entities with their INEGI codes (the first two digits of a municipality's code) and
// the abbreviations used after a place name in Mexican dates and letterheads.
export interface MexicanState {
  name: string;
  code: string;
  abbr: string;
}

export const MEXICAN_STATES: MexicanState[] = [
  { name: 'Aguascalientes', code: '01', abbr: 'Ags.' },
  { name: 'Baja California', code: '02', abbr: 'B.C.' },
  { name: 'Baja California Sur', code: '03', abbr: 'B.C.S.' },
  { name: 'Campeche', code: '04', abbr: 'Camp.' },
  { name: 'Coahuila de Zaragoza', code: '05', abbr: 'Coah.' },
  { name: 'Colima', code: '06', abbr: 'Col.' },
  { name: 'Chiapas', code: '07', abbr: 'Chis.' },
  { name: 'Chihuahua', code: '08', abbr: 'Chih.' },
  { name: 'Ciudad de México', code: '09', abbr: 'CDMX' },
  { name: 'Durango', code: '10', abbr: 'Dgo.' },
  { name: 'Guanajuato', code: '11', abbr: 'Gto.' },
  { name: 'Guerrero', code: '12', abbr: 'Gro.' },
  { name: 'Hidalgo', code: '13', abbr: 'Hgo.' },
  { name: 'Jalisco', code: '14', abbr: 'Jal.' },
  { name: 'México', code: '15', abbr: 'Edo. Méx.' },
  { name: 'Michoacán de Ocampo', code: '16', abbr: 'Mich.' },
  { name: 'Morelos', code: '17', abbr: 'Mor.' },
  { name: 'Nayarit', code: '18', abbr: 'Nay.' },
  { name: 'Nuevo León', code: '19', abbr: 'N.L.' },
  { name: 'Oaxaca', code: '20', abbr: 'Oax.' },
  { name: 'Puebla', code: '21', abbr: 'Pue.' },
  { name: 'Querétaro', code: '22', abbr: 'Qro.' },
  { name: 'Quintana Roo', code: '23', abbr: 'Q. Roo' },
  { name: 'San Luis Potosí', code: '24', abbr: 'S.L.P.' },
  { name: 'Sinaloa', code: '25', abbr: 'Sin.' },
  { name: 'Sonora', code: '26', abbr: 'Son.' },
  { name: 'Tabasco', code: '27', abbr: 'Tab.' },
  { name: 'Tamaulipas', code: '28', abbr: 'Tamps.' },
  { name: 'Tlaxcala', code: '29', abbr: 'Tlax.' },
  { name: 'Veracruz de Ignacio de la Llave', code: '30', abbr: 'Ver.' },
  { name: 'Yucatán', code: '31', abbr: 'Yuc.' },
  { name: 'Zacatecas', code: '32', abbr: 'Zac.' },
];

export const stateByName = (name: unknown) => MEXICAN_STATES.find((s) => s.name === name);
