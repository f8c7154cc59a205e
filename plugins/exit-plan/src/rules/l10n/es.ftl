# La extensión `exit-plan` en español: los textos de cada regla y los mensajes de los
# hallazgos. Las claves, identificadores y valores entre acentos graves no se traducen.
# Glosario: docs/l10n/glossary.md.

plugin-description = Estrategia de salida: una estrategia temprana y medible para traspasar el trabajo a los socios locales y hacer innecesarios a los socios externos.

## exit.adopted-early

exit-adopted-early =
    .summary = La estrategia de salida se adoptó pronto: `exit.adopted` cae dentro del primer 25 % de la duración de la alianza, contada en días desde `partnership.start`.
    .rationale =
        Una salida planificada al final es un anuncio, no un plan: los socios locales necesitan
        toda la duración de la alianza para prepararse a asumir el relevo. La Norma Humanitaria
        Esencial en materia de calidad y rendición de cuentas (CHS, 2014, revisada en 2024),
        compromiso 3.4, pide una estrategia de salida o de transición planificada desde las
        primeras etapas. El umbral del 25 % es un valor por defecto propio de Accord, no una
        cifra de un marco de referencia; un perfil puede cambiarlo con la opción
        `max_adoption_fraction`.
    .fix =
        Acuerde pronto la estrategia de salida con todos los socios, dentro del primer cuarto de
        la alianza por defecto, y registre la fecha en `exit.adopted`. Si se adoptó más tarde,
        registre la fecha real y reúna ahora a los socios para acordar los pasos que faltan; una
        dispensa puede explicar el retraso.
    .example =
        {"["}partnership]
        start = 2011-01-01
        end = 2016-12-31

        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        adopted = 2011-03-01

adopted-early-unstated = La carta no dice cuándo se adoptó la estrategia de salida (`exit.adopted`).
adopted-early-late = La estrategia de salida se adoptó el { DATE($adopted) }, { $elapsed } días después del inicio de una alianza de { $span } días (el { $share } de su duración), después del primer { $limit } (inicio el { DATE($start) }).
adopted-early-late-no-span = La estrategia de salida se adoptó el { DATE($adopted) }, { $elapsed } días después del inicio de una alianza de { $span } días, después del primer { $limit } (inicio el { DATE($start) }).

## exit.approach

exit-approach =
    .summary = El plan de salida nombra su enfoque: `exit.approach` es `phase-down`, `phase-out` o `phase-over`.
    .rationale =
        Retirarse puede significar reducir el apoyo de forma gradual (phase down), suspenderlo
        (phase out) o traspasar el trabajo a instituciones locales (phase over), y cada opción
        exige cosas distintas a los socios que se quedan. Las orientaciones de C-SAFE/FANTA sobre
        estrategias de salida piden a los programas que elijan una de forma explícita, para que
        todos planifiquen el mismo final.
    .fix = Indique `approach` en `[exit]`: `phase-down` (reducción gradual), `phase-out` (retirada) o `phase-over` (traspaso). Elija `phase-over` cuando los socios locales vayan a continuar el trabajo.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        approach = "phase-over"

approach-unstated = El plan de salida no dice si el apoyo se reducirá gradualmente, se retirará o se traspasará a los socios locales.

## exit.capacity-transfer

exit-capacity-transfer =
    .summary = Las capacidades se transfieren a tiempo: al menos una entrada de `[[exit.capacity_transfer]]` va a un socio local, cada transferencia tiene una fecha `by`, y ninguna vence después de `exit.handover_date`.
    .rationale =
        Los socios locales solo pueden asumir el liderazgo si las capacidades, los sistemas y las
        relaciones pasan a sus manos antes de que los socios externos se retiren. El Gran Pacto
        (Grand Bargain, 2016), en su línea de trabajo sobre localización, se compromete a
        invertir en la capacidad institucional de los actores locales y nacionales; la Carta por
        el Cambio (Charter4Change, 2015, actualizada en 2019), compromiso 7, a apoyar sus
        capacidades; y las sesiones de la conferencia Net Impact 2010 sobre colaboración
        intersectorial (Smith) piden a los socios externos que «se hagan innecesarios». Una
        transferencia sin fecha, o que vence después del traspaso, deja al socio local al frente
        sin lo que necesita.
    .fix =
        Añada una entrada de `[[exit.capacity_transfer]]` por cada capacidad que un socio local
        necesite para liderar, con una fecha `by` no posterior al traspaso. Nombre en `to` al
        socio que la recibe e indique en `method` cómo se transmite (formación, acompañamiento,
        adscripción de personal, cogestión o documentación).
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        handover_date = 2015-01-01

        {"[["}exit.capacity_transfer]]
        skill = "Reparación de bombas y suministro de repuestos"
        to = "konbit"
        by = 2014-06-30
        method = "training"

capacity-transfer-none = El plan de salida no transfiere ninguna capacidad a un socio local (`[[exit.capacity_transfer]]`).
capacity-transfer-none-local = Ninguna transferencia de capacidades va a un socio local: las transferencias previstas van solo a { $recipients }.
capacity-transfer-no-date = La transferencia de «{ $skill }» a { $partner } no tiene fecha `by`.
capacity-transfer-late = La transferencia de «{ $skill }» a { $partner } vence el { DATE($by) }, después del traspaso del { DATE($handover) }.

## exit.funding-after-exit

exit-funding-after-exit =
    .summary = El plan de salida dice cómo se financia el trabajo después de la salida: `exit.funding_after_exit` no está vacío.
    .rationale =
        Los beneficios que se acaban cuando se acaba el dinero externo nunca fueron de la
        comunidad. Los criterios de evaluación del CAD de la OCDE (2019) miden la sostenibilidad
        por la continuidad de los beneficios una vez terminado el apoyo, y eso exige una fuente
        de financiación que controlen los socios locales.
    .fix =
        Describa en `exit.funding_after_exit` quién financia el trabajo después del traspaso y con
        qué recursos (cuotas de los usuarios, una partida del presupuesto municipal,
        recaudación local de fondos, un programa público). Indique qué está ya acordado y qué
        falta por asegurar.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        funding_after_exit = "Las cuotas de agua que cobran los comités cubren las reparaciones; el municipio financia la sustitución de las bombas."

funding-after-exit-unstated = El plan de salida no dice cómo se financiará el trabajo cuando se vayan los socios externos (`exit.funding_after_exit`).

## exit.handover-date

exit-handover-date =
    .summary = El plan de salida fija una fecha de traspaso dentro de la alianza: `exit.handover_date` es posterior a `partnership.start` y no posterior a `partnership.end`.
    .rationale =
        Sin fecha, el traspaso sigue siendo una intención que puede aplazarse indefinidamente; una
        fecha fuera de la duración de la alianza significa que el traspaso no está realmente
        planificado dentro de ella. La Norma Humanitaria Esencial en materia de calidad y
        rendición de cuentas (CHS, 2014, revisada en 2024), compromiso 3.4, pide una estrategia
        de salida o de transición con un calendario real, y el estándar de la Iniciativa
        Internacional para la Transparencia de la Ayuda (IATI) registra fechas de actividad que
        deben ser coherentes (ningún inicio posterior a un final).
    .fix =
        Fije `exit.handover_date` en el día en que los socios locales asumen el liderazgo,
        después del inicio de la alianza y no más tarde que su final. Deje tiempo suficiente
        antes de `partnership.end` para que los socios locales lideren mientras el apoyo sigue
        disponible.
    .example =
        {"["}partnership]
        start = 2011-01-01
        end = 2016-12-31

        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        handover_date = 2015-01-01

handover-date-unstated = El plan de salida no fija ninguna fecha de traspaso (`exit.handover_date`) para que los socios locales asuman el liderazgo.
handover-date-too-early = La fecha de traspaso, { DATE($handover) }, no es posterior al inicio de la alianza ({ DATE($start) }): los socios locales no pueden asumir un trabajo que no ha empezado.
handover-date-too-late = La fecha de traspaso, { DATE($handover) }, es posterior al final de la alianza ({ DATE($end) }), así que el traspaso no está planificado dentro de la alianza.

## exit.local-staff-growth

exit-local-staff-growth =
    .summary = El personal local crece a medida que se acerca la salida: `exit.local_staff_share_at_exit` es al menos igual a `exit.local_staff_share_now` y al 75 %.
    .rationale =
        Una alianza que se lleva el talento local, o que mantiene personal externo en los puestos
        clave hasta el final, deja a la comunidad más débil de lo que la encontró. La Carta por
        el Cambio (Charter4Change, 2015, actualizada en 2019), compromiso 4, pide a los socios
        internacionales que dejen de debilitar la capacidad local, y las sesiones de la
        conferencia Net Impact 2010 sobre colaboración intersectorial (Smith) ven en la
        población local a los principales agentes del cambio, así que la proporción de personal
        local debe subir, no bajar, a medida que se acerca la salida. El umbral del 75 % es un
        valor por defecto propio de Accord, no una cifra de un marco de referencia; un perfil
        puede cambiarlo con la opción `min_local_staff_share_at_exit`.
    .fix =
        Registre la proporción actual de personal local en `local_staff_share_now` y prevea para
        la salida una proporción de al menos el 75 % y no inferior a la actual. Planifique la
        contratación, la formación y la promoción de personal local a los puestos clave antes del
        traspaso.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        local_staff_share_now = 0.5
        local_staff_share_at_exit = 0.9

local-staff-growth-no-exit-share = El plan de salida no dice qué proporción del personal será local en la salida (`local_staff_share_at_exit`).
local-staff-growth-no-current-share = El plan de salida no dice qué proporción del personal es local hoy (`local_staff_share_now`), así que no puede comprobarse su crecimiento hacia la salida.
local-staff-growth-falls = La proporción de personal local baja del { $now } actual al { $exit } en la salida; debería crecer.
local-staff-growth-below = El personal local será el { $exit } del personal en la salida, por debajo de la meta del { $target }.
local-staff-growth-falls-below = La proporción de personal local baja del { $now } actual al { $exit } en la salida, por debajo de la meta del { $target }.

## exit.local-successor

exit-local-successor =
    .summary = Un socio local lidera después del traspaso: `exit.successor` nombra a un socio local (con base en el lugar, `local`, o en el país, `national`, y no filial de una organización internacional).
    .rationale =
        Entregar el trabajo a otra organización externa, o a la oficina de país de una de ellas,
        es un relevo, no una salida: la comunidad sigue dependiendo de otros. La Norma
        Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS, 2014, revisada en
        2024), compromiso 3.3, pide desarrollar el liderazgo local, y las sesiones de la
        conferencia Net Impact 2010 sobre colaboración intersectorial (Smith) ven en la población
        local a los principales agentes del cambio, quienes continúan el trabajo.
    .fix =
        Indique en `exit.successor` el identificador del socio local que liderará después del
        traspaso. Si ningún socio local puede liderar todavía, añada uno en `[[partners]]` y
        planifique la transferencia de capacidades que necesita.
    .example =
        {"[["}partners]]
        id = "konbit"
        name = "Konbit Dlo"
        sector = "community"
        base = "local"
        roles = ["implementing"]

        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        successor = "konbit"

local-successor-unstated = El plan de salida no nombra a ningún sucesor (`exit.successor`): nadie está designado para liderar el trabajo después del traspaso.
local-successor-not-local = El sucesor después del traspaso debe ser un socio local, pero { $why ->
        [unknown] `{ $id }` no es uno de los socios
        [international] { $partner } es un socio internacional, no local
       *[affiliate] { $partner } es filial de una organización internacional, lo que no cuenta como local
    }.

## exit.measurable-criteria

exit-measurable-criteria =
    .summary = La salida tiene criterios medibles: `exit.criteria` enumera al menos un hito que debe alcanzarse antes de que se vayan los socios externos.
    .rationale =
        Una salida decidida solo por el calendario puede llegar antes de que la comunidad esté
        preparada, o no llegar nunca porque nunca se definió qué significa «preparada». Las
        orientaciones de C-SAFE/FANTA sobre estrategias de salida piden criterios de salida
        vinculados a hitos medibles, para que todos vean cuándo ha llegado el momento del
        traspaso. (El cargador ya comprueba que cada criterio nombra un hito de
        `[[goals.benchmarks]]`.)
    .fix =
        Enumere en `exit.criteria` los identificadores de los hitos que deben alcanzarse antes de
        la salida. Dé a esos hitos un indicador, una meta y una fecha límite para poder seguir
        los avances.
    .example =
        {"[["}goals]]
        id = "water"
        statement = "Cada hogar tiene agua potable a menos de 200 m."
        {"[["}goals.benchmarks]]
        id = "committees-run"
        description = "Los comités gestionan cada punto de agua"
        indicator = "puntos de agua gestionados por un comité"
        target = 12
        due = 2014-06-30

        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015."
        criteria = ["committees-run"]

measurable-criteria-none = El plan de salida no enumera ningún criterio (`exit.criteria`): ningún hito dice cuándo está preparada la comunidad para que se vayan los socios externos.

## exit.strategy

exit-strategy =
    .summary = La carta enuncia una estrategia de salida: `[exit]` tiene una `strategy` no vacía.
    .rationale =
        Los socios externos que nunca dicen cómo se irán tienden a quedarse, y la comunidad
        nunca asume el liderazgo. La Norma Humanitaria Esencial en materia de calidad y rendición
        de cuentas (CHS, 2014, revisada en 2024), compromiso 3.4, pide una estrategia de salida o
        de transición planificada desde las primeras etapas, y las sesiones de la conferencia Net
        Impact 2010 sobre colaboración intersectorial (Smith) piden a todo socio externo que «se
        haga innecesario».
    .fix =
        Escriba en `[exit]` una `strategy` que diga quién asume el trabajo, cuándo y cómo. Nombre
        al socio local que liderará, la fecha del traspaso y lo que seguirán haciendo después los
        socios externos, si hacen algo.
    .example =
        {"["}exit]
        strategy = "Konbit Dlo gestiona sola los puntos de agua a partir de 2015; AquaFund la asesora cuando lo pide."

strategy-no-section = La carta no tiene sección `[exit]`, así que no dice cómo los socios externos traspasarán el trabajo y se irán.
strategy-empty = El plan de salida no tiene una estrategia que diga quién asume el trabajo, cuándo y cómo.

## exit.support-bounded

exit-support-bounded =
    .summary = El apoyo después de la salida es limitado: `[exit.support_after_exit]`, si la carta lo prevé, fija una fecha `until` e indica `on_request = true`.
    .rationale =
        Un apoyo sin límite convierte discretamente una salida en una presencia permanente, y un
        apoyo que decide dar el socio externo deja las decisiones en sus manos. La Norma
        Humanitaria Esencial en materia de calidad y rendición de cuentas (CHS, 2014, revisada en
        2024), compromiso 3.4, pide una verdadera estrategia de salida o de transición, y las
        sesiones de la conferencia Net Impact 2010 sobre colaboración intersectorial (Smith)
        aconsejan seguir asesorando solo cuando sea necesario; esta regla lo entiende como un
        apoyo limitado en el tiempo, prestado cuando los socios locales lo piden.
    .fix =
        Dé a `[exit.support_after_exit]` una fecha `until` e indique `on_request = true`, para que
        el apoyo termine y solo se preste cuando lo pidan los socios locales. Una carta sin apoyo
        después de la salida cumple esta regla.
    .example =
        {"["}exit.support_after_exit]
        kind = "Asesoría técnica sobre la reparación de bombas"
        until = 2017-12-31
        on_request = true

support-bounded-no-end = El apoyo después de la salida («{ $kind }») no tiene fecha de fin (`until`), así que los socios externos podrían no irse nunca de verdad.
support-bounded-not-on-request = El apoyo después de la salida («{ $kind }») no se presta solo cuando lo piden los socios locales (`on_request = true`).
