/**
 * The loyalty population model of data/README.md ("Power analysis" section), standardized values,
 * without the SAT×ALT interaction (semkit's syntax has no latent products).
 */
export const LOYALTY_POPULATION = `
SQ  =~ .75*sq1 + .70*sq2 + .70*sq3 + .65*sq4
PV  =~ .80*pv1 + .75*pv2 + .65*pv3
SAT =~ .80*sat1 + .80*sat2 + .75*sat3 + .70*sat4
TRU =~ .80*tru1 + .75*tru2 + .70*tru3 + .60*tru4
SWC =~ .75*swc1 + .70*swc2 + .60*swc3
ALT =~ .75*alt1 + .70*alt2 + .70*alt3
LOY =~ .80*loy1 + .65*loy2 + .80*loy3 + .60*loy4
SAT ~ .45*SQ + .30*PV
TRU ~ .55*SAT
LOY ~ .30*SAT + .25*TRU + .20*SWC + -.15*ALT
`;

/** The matching analysis model (free parameters, marker-variable scaling as lavaan's sem()). */
export const LOYALTY_ANALYSIS = `
SQ  =~ sq1 + sq2 + sq3 + sq4
PV  =~ pv1 + pv2 + pv3
SAT =~ sat1 + sat2 + sat3 + sat4
TRU =~ tru1 + tru2 + tru3 + tru4
SWC =~ swc1 + swc2 + swc3
ALT =~ alt1 + alt2 + alt3
LOY =~ loy1 + loy2 + loy3 + loy4
SAT ~ SQ + PV
TRU ~ SAT
LOY ~ SAT + TRU + SWC + ALT
`;

/** The loyalty core model (4 factors, 15 items) of test/fixtures/loyalty_core_ml.json, as an analysis model. */
export const LOYALTY_CORE = `
SAT =~ sat1 + sat2 + sat3 + sat4
TRU =~ tru1 + tru2 + tru3 + tru4
SWC =~ swc1 + swc2 + swc3
LOY =~ loy1 + loy2 + loy3 + loy4
TRU ~ a*SAT
LOY ~ c*SAT + b*TRU + SWC
indirect := a*b
total := c + a*b
`;
