# Las reglas integradas de Accord en español: sus textos (el inglés es el comentario de cada
# regla en host.rs) y sus mensajes. Glosario: docs/l10n/glossary.md.

plugin-description = Las reglas integradas de Accord: dispensas, cartas no válidas y extensiones que fallan.

waiver-expired =
    .summary = Una dispensa ha vencido: su fecha `expires` es anterior a la fecha de la auditoría.
    .rationale =
        Una dispensa es el compromiso de corregir algo antes de una fecha. Pasada esa fecha, la
        dispensa deja de aplicarse, el hallazgo que cubría vuelve a contar, y la carta debe
        explicar qué ocurrió. Una dispensa que vence el mismo día de la auditoría todavía se
        aplica.
    .fix = Corrija lo que cubría la dispensa y elimínela, o renuévela con un nuevo motivo y una nueva fecha.
    .example =
        {"[["}waivers]]
        rule = "transparency.open-data"
        reason = "La publicación según el estándar IATI empieza con el próximo ciclo de subvenciones."
        expires = 2027-03-01

waiver-unknown-rule =
    .summary = Una dispensa nombra una regla que ninguna extensión ni ningún paquete de reglas cargado define, o una regla integrada, que no admite dispensa.
    .rationale =
        Una dispensa para una regla que no existe no cubre nada: casi siempre es un error al
        escribir el identificador de la regla, o la regla de una extensión que esta auditoría no
        carga.
    .fix = Corrija el identificador de la regla (`accord rules` las enumera) o elimine la dispensa.
    .example =
        {"[["}waivers]]
        rule = "transparency.independent-audit"
        reason = "La primera auditoría independiente está contratada para el final del primer año."

waiver-unused =
    .summary = Una dispensa se aplica (regla conocida, no vencida), pero su regla no encontró nada que dispensar.
    .rationale =
        Una dispensa que no cubre nada está desactualizada: el problema se corrigió, o el perfil
        desactivó la regla. Mantenerla ocultaría el próximo hallazgo real de esa regla.
    .fix = Elimine la dispensa.
    .example =
        # ninguna entrada [[waivers]] para una regla que se cumple

accord-invalid-charter =
    .summary = La carta se puede leer, analizar y validar.
    .rationale =
        Una carta que no se puede leer, que no está en UTF-8, que está mal formada o que no
        supera el esquema de las cartas o las comprobaciones del cargador no se audita: no tiene
        puntuación y su veredicto es `invalid`. SARIF informa cada uno de sus errores de
        validación como un resultado de esta regla.
    .fix = Ejecute `accord validate RUTA` y corrija cada error que señale (indica el archivo, la línea y la corrección).
    .example = charter_version = 1

accord-plugin-failure =
    .summary = Todas las extensiones del perfil se ejecutaron sobre la carta.
    .rationale =
        Una extensión que falla con una carta (un estado de error, un pánico, una salida no
        válida, un cierre inesperado o un tiempo de espera agotado) deja esa carta con el estado
        `error`: se conservan los hallazgos de las demás extensiones y las puntuaciones quedan
        nulas. SARIF informa cada fallo como un resultado de esta regla.
    .fix = Vuelva a ejecutar la auditoría (con `--isolate` para contener una extensión que se cierra inesperadamente) e informe del fallo a quien desarrolló la extensión, junto con la carta que lo provoca.
    .example =
        # nada que cambiar en la carta: hay que corregir la extensión

waiver-names-host-waiver-rule = La dispensa nombra `{ $rule }`, una regla integrada sobre las dispensas, que no admite dispensa.
waiver-names-host-rule = La dispensa nombra `{ $rule }`, una regla integrada, que no admite dispensa.
waiver-names-unknown-rule = La dispensa nombra `{ $rule }`, que ninguna extensión ni ningún paquete de reglas cargado define.
waiver-did-you-mean = ¿Quiso decir `{ $rule }`?
waiver-expired-on = La dispensa de `{ $rule }` venció el { DATE($expires) }, antes de la fecha de la auditoría ({ DATE($today) }).
waiver-unused-rule-disabled = La dispensa de `{ $rule }` no cubre nada: el perfil desactiva la regla.
waiver-unused-no-finding = La dispensa de `{ $rule }` no cubre nada: la regla no encontró ningún problema.
