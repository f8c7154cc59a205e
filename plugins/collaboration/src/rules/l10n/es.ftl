# La extensión `collaboration` en español: los textos de cada regla y los mensajes de los
# hallazgos. Las claves, identificadores y valores entre acentos graves no se traducen.
# Glosario: docs/l10n/glossary.md.

plugin-description = Colaboración: socios de varios sectores con funciones claras y aportes declarados, iniciativas mapeadas y sin duplicación, hitos medibles y periódicos, y compromisos que duran.

## collaboration.benchmark-cadence

collaboration-benchmark-cadence =
    .summary = Los avances se comprueban con regularidad: desde el inicio de la alianza hasta su final, pasando por la fecha límite (`due`) de cada hito, ningún intervalo supera los 12 meses (opción `max_months_between_benchmarks`).
    .rationale =
        Las sesiones de la conferencia Net Impact 2010 sobre colaboración intersectorial (Smith)
        piden fijar hitos: situados a lo largo de la alianza, permiten a los socios y a la comunidad
        ver si el trabajo va por buen camino y si los socios locales están preparados para
        liderar. Los periodos largos sin ningún hito dejan pasar los problemas hasta que es
        demasiado tarde para cambiar el rumbo. El umbral de 12 meses es un valor por defecto
        propio de Accord, no una cifra de un marco de referencia; un perfil puede cambiarlo con
        la opción `max_months_between_benchmarks`.
    .fix =
        Añada un hito con fecha límite dentro de cada intervalo de más de 12 meses, para que no
        pase un año sin medir los avances.
        Los hitos sin fecha `due` no cuentan aquí (`collaboration.benchmarks-measurable` los
        señala); un intervalo largo antes del final suele indicar que el último año no tiene
        ningún hito.
    .example =
        {"["}partnership]
        id = "lakou-water"
        name = "Lakou Clean Water"
        summary = "Reconstruir y mantener los puntos de agua comunitarios."
        country = "HT"
        community = "Residentes de tres barrios de Puerto Príncipe"
        start = 2011-01-01
        end = 2014-06-30

        {"[["}goals]]
        id = "access"
        statement = "Cada hogar está a menos de 200 m de un punto de agua que funciona."

        {"[["}goals.benchmarks]]
        id = "points-rebuilt"
        description = "Puntos de agua reconstruidos"
        indicator = "Número de puntos de agua reconstruidos"
        target = 12
        owner = "konbit"
        due = 2011-12-31

        {"[["}goals.benchmarks]]
        id = "points-working"
        description = "Puntos de agua en funcionamiento"
        indicator = "Proporción de puntos de agua que funcionan en el control mensual"
        target = 0.95
        owner = "konbit"
        due = 2012-12-31

        {"[["}goals.benchmarks]]
        id = "committees-alone"
        description = "Los comités de agua gestionan los puntos sin personal externo"
        indicator = "Comités de agua que gestionan solos su punto"
        target = 12
        owner = "konbit"
        due = 2013-12-31

benchmark-cadence-subject = { $kind ->
        [start] La alianza empieza el { DATE($date) }
        [due] El hito `{ $benchmark }` del objetivo `{ $goal }` vence el { DATE($date) }
       *[end] La alianza termina el { DATE($date) }
    }
benchmark-cadence-previous = { $kind ->
        [start] del inicio de la alianza, el { DATE($date) }
        [due] del hito `{ $benchmark }`, que vence el { DATE($date) }
       *[end] del final de la alianza, el { DATE($date) }
    }
benchmark-cadence-gap = { $subject }, más de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } después { $previous }, sin ningún hito entre ambas fechas (hacía falta uno a más tardar el { DATE($latest) }).

## collaboration.benchmarks-measurable

collaboration-benchmarks-measurable =
    .summary = Cada objetivo tiene al menos un hito, y cada hito tiene un indicador (`indicator`), una meta (`target`), un responsable (`owner`) y una fecha límite (`due`) dentro de la duración de la alianza.
    .rationale =
        Un objetivo sin un hito medible no se puede comprobar, así que nadie puede saber si la
        alianza va por buen camino ni cuándo dejan de ser necesarios los socios externos. El
        estándar de la Iniciativa Internacional para la Transparencia de la Ayuda (IATI)
        registra los resultados como indicadores con una línea de base y una meta; el
        Partnering Toolbook y el Partnering Agreement Scorecard de The Partnering Initiative piden
        indicadores acordados y quién responde de ellos; y las sesiones de la conferencia Net
        Impact 2010 sobre colaboración intersectorial (Smith) piden hitos que muestren los
        avances hacia la apropiación local. Un hito que vence fuera de la duración de la alianza
        es un hito que nadie estará allí para comprobar.
    .fix =
        Dé a cada objetivo al menos una entrada de `[[goals.benchmarks]]` con un `indicator`, una
        meta numérica (`target`), un socio responsable (`owner`) y una fecha límite (`due`) entre
        `partnership.start` y `partnership.end`.
        Añada también una línea de base (`baseline`), para medir los avances desde el punto de
        partida.
    .example =
        {"[["}goals]]
        id = "access"
        statement = "Cada hogar está a menos de 200 m de un punto de agua que funciona."

        {"[["}goals.benchmarks]]
        id = "points-working"
        description = "Puntos de agua en funcionamiento"
        indicator = "Proporción de puntos de agua que funcionan en el control mensual"
        baseline = 0.4
        target = 0.95
        owner = "konbit"
        due = 2013-06-30

benchmarks-measurable-none = El objetivo `{ $goal }` no tiene ningún hito, así que no se pueden medir los avances hacia él.
benchmarks-measurable-no-indicator = El hito `{ $benchmark }` del objetivo `{ $goal }` no tiene un indicador que diga qué se mide.
benchmarks-measurable-no-target = El hito `{ $benchmark }` del objetivo `{ $goal }` no tiene meta (`target`).
benchmarks-measurable-no-owner = El hito `{ $benchmark }` del objetivo `{ $goal }` no tiene responsable.
benchmarks-measurable-no-due = El hito `{ $benchmark }` del objetivo `{ $goal }` no tiene fecha límite.
benchmarks-measurable-due-outside = El hito `{ $benchmark }` del objetivo `{ $goal }` vence el { DATE($due) }, fuera de la duración de la alianza (del { DATE($start) } al { DATE($end) }).

## collaboration.commitment-horizon

collaboration-commitment-horizon =
    .summary = El compromiso de ningún socio termina demasiado pronto: cada `commitment_until` indicado es igual o posterior a `exit.handover_date` (o a `partnership.end` si no hay fecha de traspaso).
    .rationale =
        Un socio que se va antes de que los socios locales asuman el liderazgo los deja cargar
        con el trabajo sin preparación, justo cuando el apoyo más importa. El Gran Pacto (Grand
        Bargain, 2016), en su línea de trabajo sobre localización, compromete a sus signatarios a
        invertir durante varios años en las capacidades de los actores locales y nacionales, y
        las sesiones de la conferencia Net Impact 2010 sobre colaboración intersectorial (Smith)
        piden a los socios externos que «se hagan innecesarios» antes de irse, no que
        simplemente se vayan. El compromiso de cada socio debe llegar, por tanto, al menos hasta
        el traspaso (o, si no lo hay, hasta el final de la alianza).
    .fix =
        Prolongue el `commitment_until` de cada socio que se va demasiado pronto hasta la fecha
        de traspaso, o adelante el traspaso a una fecha con la que todos los socios se hayan
        comprometido.
        Si un socio no puede quedarse tanto tiempo, planifique quién asumirá su función antes de
        que se vaya.
    .example =
        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]
        commitment_until = 2015-06-30

        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015; AquaFund la asesora cuando lo pide."
        handover_date = 2015-01-01
        successor = "konbit"

commitment-horizon-short = { $partner } (`{ $id }`) solo se ha comprometido hasta el { DATE($until) }, antes { $horizon ->
        [handover] del traspaso
       *[end] del final de la alianza
    }, el { DATE($date) }.

## collaboration.cross-sector

collaboration-cross-sector =
    .summary = Los socios proceden de al menos dos sectores distintos (community, nonprofit, business, government, academic, philanthropy, multilateral).
    .rationale =
        Accord existe para auditar alianzas intersectoriales, que las sesiones de la conferencia
        Net Impact 2010 (Smith) describen como un imperativo creciente del desarrollo: ningún
        sector reúne por sí solo el dinero, el mandato, los conocimientos y la confianza de la
        comunidad que necesita un cambio duradero. Una «alianza» cuyos miembros proceden todos
        del mismo sector pierde las perspectivas y los recursos que aportan los demás. Dos
        sectores es la definición misma de intersectorial, no un umbral ajustable.
    .fix =
        Incorpore al menos un socio de otro sector, o corrija el sector (`sector`) de un socio.
        Una organización comunitaria que trabaja con una fundación, un gobierno local y una
        universidad, por ejemplo, forma una alianza intersectorial; cada entrada de
        `[[partners]]` indica su propio `sector`.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]

cross-sector-no-partners = La carta no enumera ningún socio, así que no puede reunir a varios sectores.
cross-sector-one-sector = { $count ->
        [one] El único socio procede
       *[other] Los { $count } socios proceden todos
    } del mismo sector, { $sector ->
        [business] el empresarial
        [government] el público
        [nonprofit] el de las organizaciones sin fines de lucro
        [community] el de las organizaciones comunitarias
        [academic] el académico
        [philanthropy] el filantrópico
       *[multilateral] el de los organismos multilaterales
    } (`{ $sector }`); una alianza intersectorial necesita socios de al menos { $least } sectores.

## collaboration.initiatives-mapped

collaboration-initiatives-mapped =
    .summary = Los socios han mapeado las demás iniciativas que ya trabajan con esta comunidad: `[coordination]` indica `mapping_done = true`.
    .rationale =
        Una alianza que no sabe quién más trabaja en la comunidad duplicará, socavará o ignorará
        a los demás. La Norma Humanitaria Esencial en materia de calidad y rendición de cuentas
        (CHS, 2014, revisada en 2024), compromiso 6, pide que la asistencia sea coordinada y
        complementaria, lo que empieza por conocer a los demás actores; las sesiones de la
        conferencia Net Impact 2010 sobre colaboración intersectorial (Smith) piden a los socios
        escuchar y conocer el contexto histórico, político, cultural y normativo de la comunidad
        antes de diseñar nada, y lo que ya se hace allí forma parte de ese contexto.
    .fix =
        Mapee las demás iniciativas que trabajan con la misma comunidad, enumérelas en
        `[[coordination.initiatives]]` e indique `mapping_done = true` en `[coordination]`.
        Pregunte a las autoridades locales, al grupo sectorial de coordinación (clúster) y a los
        propios residentes; anote para cada iniciativa cuánto se solapa con la suya.
    .example =
        {"["}coordination]
        mapping_done = true

        {"[["}coordination.initiatives]]
        name = "Quioscos de agua municipales"
        lead = "DINEPA"
        overlap = "partial"

initiatives-mapped-no-section = La carta no tiene sección `[coordination]`, así que nada indica que se hayan mapeado las demás iniciativas que trabajan con esta comunidad.
initiatives-mapped-false = Las demás iniciativas que trabajan con esta comunidad no se han mapeado (`mapping_done = false`).
initiatives-mapped-unstated = La carta no dice si se han mapeado las demás iniciativas que trabajan con esta comunidad (falta `mapping_done`).

## collaboration.long-term

collaboration-long-term =
    .summary = La alianza está planificada a largo plazo: `partnership.end` es al menos 3 años posterior a `partnership.start` (opción `min_years`).
    .rationale =
        Las sesiones de la conferencia Net Impact 2010 sobre colaboración intersectorial (Smith)
        piden a los socios externos que hagan de la población local el principal agente del
        cambio y que, al final, «se hagan innecesarios». Desarrollar esa capacidad local y
        traspasar el trabajo lleva años; un proyecto corto termina antes de que la comunidad
        pueda apropiarse de lo construido. El umbral de 3 años es un valor por defecto propio de
        Accord, no una cifra de un marco de referencia; un perfil puede cambiarlo con la opción
        `min_years`.
    .fix =
        Planifique la alianza para al menos 3 años retrasando `partnership.end`, con hitos y un
        traspaso previstos durante la alianza.
        Si la financiación solo cubre una fase más corta, indique cómo se financiarán las fases
        siguientes.
    .example =
        {"["}partnership]
        id = "lakou-water"
        name = "Lakou Clean Water"
        summary = "Reconstruir y mantener los puntos de agua comunitarios de tres barrios."
        country = "HT"
        community = "Residentes de tres barrios de Puerto Príncipe"
        start = 2011-01-01
        end = 2016-12-31

long-term-short = La alianza va del { DATE($start) } al { DATE($end) }, menos de { $years ->
        [one] { $years } año
       *[other] { $years } años
    }; para durar { $years ->
        [one] { $years } año
       *[other] { $years } años
    } tendría que terminar el { DATE($earliest) } o después.

## collaboration.no-duplication

collaboration-no-duplication =
    .summary = Ninguna iniciativa que duplica el trabajo de la alianza (`overlap = "duplicate"` en `[[coordination.initiatives]]`) queda sin un acuerdo (`arrangement`) con ella.
    .rationale =
        Dos programas que hacen lo mismo para la misma comunidad malgastan un dinero escaso,
        confunden a los residentes y compiten por los mismos líderes locales. La
        complementariedad es uno de los Principios de asociación (Plataforma Humanitaria Mundial,
        2007); la Norma Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS,
        2014, revisada en 2024), compromiso 6, pide que la asistencia sea coordinada y
        complementaria; y las sesiones de la conferencia Net Impact 2010 sobre colaboración
        intersectorial (Smith) piden a los socios escuchar y conocer el contexto de la
        comunidad, incluido lo que ya existe allí, antes de diseñar nada. A veces el solapamiento
        es inevitable, pero una duplicación exige una forma acordada de trabajar con ella.
    .fix =
        Para cada iniciativa marcada `overlap = "duplicate"`, acuerde con su responsable cómo se
        reparte o se une el trabajo, y regístrelo en `arrangement`.
        Si el solapamiento resulta ser solo parcial, indique `overlap = "partial"`.
    .example =
        {"[["}coordination.initiatives]]
        name = "Quioscos de agua municipales"
        lead = "DINEPA"
        overlap = "duplicate"
        arrangement = "La DINEPA mantiene los quioscos de la carretera principal; Konbit Dlo gestiona los puntos de los barrios."

no-duplication-unarranged = La iniciativa «{ $initiative }» duplica el trabajo de esta alianza, pero no consta ningún acuerdo con ella.
no-duplication-unarranged-led = La iniciativa «{ $initiative }» (dirigida por { $lead }) duplica el trabajo de esta alianza, pero no consta ningún acuerdo con ella.

## collaboration.roles-covered

collaboration-roles-covered =
    .summary = Al menos un socio tiene el rol `funding` y al menos uno tiene el rol `implementing` (un mismo socio puede tener ambos).
    .rationale =
        Una alianza que nadie financia, o que nadie ejecuta, solo existe sobre el papel. El
        estándar de la Iniciativa Internacional para la Transparencia de la Ayuda (IATI) describe
        cada actividad por las funciones de sus organizaciones (financiadora, responsable,
        intermediaria, ejecutora), y el Partnering Toolbook y el Partnering Agreement Scorecard
        de The Partnering Initiative piden que un acuerdo de alianza establezca la función de
        cada socio y los recursos que compromete. Decir quién financia y quién ejecuta es lo
        mínimo que debe decir una carta.
    .fix =
        Dé el rol `funding` al socio que paga y el rol `implementing` al socio que hace el
        trabajo, en sus `roles`.
        Un socio que financia y ejecuta a la vez puede indicar ambos roles.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]

roles-covered-no-funding = Ningún socio tiene el rol `funding`, así que la carta no dice quién paga el trabajo.
roles-covered-no-implementing = Ningún socio tiene el rol `implementing`, así que la carta no dice quién lleva a cabo el trabajo.
roles-covered-neither = Ningún socio tiene el rol `funding` ni el rol `implementing`, así que la carta no dice ni quién paga el trabajo ni quién lo lleva a cabo.

## collaboration.value-stated

collaboration-value-stated =
    .summary = Cada socio indica, en `brings`, lo que aporta a la alianza.
    .rationale =
        Los socios solo se complementan cuando se conoce el aporte de cada uno: dinero, personas,
        conocimientos, redes, confianza o un mandato. El Partnering Toolbook y el Partnering
        Agreement Scorecard de The Partnering Initiative piden que un acuerdo registre los
        recursos que compromete cada socio, y la complementariedad es uno de los Principios de
        asociación (Plataforma Humanitaria Mundial, 2007): la diversidad de los socios solo es
        una ventaja cuando se reconoce la ventaja comparativa de cada uno. Un socio cuyo aporte
        no se declara es fácilmente un socio solo de nombre.
    .fix =
        Añada a cada socio una línea `brings` que diga lo que aporta a la alianza.
        Sea concreto: «Los comités de agua de los barrios y la confianza de los residentes» dice
        más que «participación comunitaria».
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]
        brings = "Los comités de agua de los barrios y la confianza de los residentes"

        {"[["}partners]]
        id = "aquafund"
        name = "AquaFund"
        sector = "philanthropy"
        base = "international"
        roles = ["funding"]
        brings = "Una subvención de capital y experiencia en compras"

value-stated-missing = El socio { $partner } (`{ $id }`) no indica lo que aporta a la alianza.
value-stated-missing-others = El socio { $partner } (`{ $id }`) no indica lo que aporta a la alianza ({ $others ->
        [one] { $others } socio más tampoco lo indica
       *[other] otros { $others } socios tampoco lo indican
    }).
