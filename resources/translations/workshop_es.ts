<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Your data</source>
            <translation>Sus datos</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Log files</source>
            <translation>Archivos de registro</translation>
        </message>
        <message>
            <source>Offline facilitation for in-person workshops: sticky notes, dot voting, purpose blending, a projector view and PDF handouts.</source>
            <translation>Facilitación sin conexión para talleres presenciales: notas adhesivas, votación con puntos, mezcla de propósitos, vista para el proyector y documentos PDF.</translation>
        </message>
        <message>
            <source>Your workshop files stay where you save them; every change is written to the file as you make it.</source>
            <translation>Sus archivos de taller se quedan donde los guarda; cada cambio se escribe en el archivo en el momento.</translation>
        </message>
        <message>
            <source>Licence: {licence}. Workshop is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
            <translation>Licencia: {licence}. Workshop es software libre: puede compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía.</translation>
        </message>
        <message>
            <source>About Workshop</source>
            <translation>Acerca de Workshop</translation>
        </message>
    </context>
    <context>
        <name>ActionStatus</name>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Doing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>added here</source>
            <translation>añadida aquí</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Vote result</source>
            <translation>Resultado de la votación</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>New action: what</source>
            <translation>Nueva acción: qué</translation>
        </message>
        <message>
            <source>What needs doing? (Enter adds)</source>
            <translation>¿Qué hay que hacer? (Intro añade)</translation>
        </message>
        <message>
            <source>New action: owner</source>
            <translation>Nueva acción: responsable</translation>
        </message>
        <message>
            <source>New action: due date</source>
            <translation>Nueva acción: plazo</translation>
        </message>
        <message>
            <source>Due: YYYY-MM-DD</source>
            <translation>Plazo: AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Añadir acción</translation>
        </message>
        <message>
            <source>Add the action (Enter)</source>
            <translation>Añadir la acción (Intro)</translation>
        </message>
        <message>
            <source>Show actions</source>
            <translation>Mostrar acciones</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Todas las acciones</translation>
        </message>
        <message>
            <source>{status} only</source>
            <translation>Solo {status}</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Sin hacer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>By when</source>
            <translation>Para cuándo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Move along</source>
            <translation>Avanzar</translation>
        </message>
        <message>
            <source>Move the selected actions along</source>
            <translation>Avanzar las acciones seleccionadas</translation>
        </message>
        <message>
            <source>Open → doing → done (Space)</source>
            <translation>Abierta → en curso → hecha (Espacio)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected actions</source>
            <translation>Quitar las acciones seleccionadas</translation>
        </message>
        <message>
            <source>Remove the selected actions (Delete)</source>
            <translation>Quitar las acciones seleccionadas (Supr)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Confirmed commitments appear here by themselves. Space: move along · F2: edit · Delete: remove</source>
            <translation>Los compromisos confirmados aparecen aquí solos. Espacio: avanzar · F2: editar · Supr: quitar</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{open} open · {doing} doing · {done} done</source>
            <translation>{open} abiertas · {doing} en curso · {done} hechas</translation>
        </message>
        <message>
            <source>{status} · overdue</source>
            <translation>{status} · vencida</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>{text}, overdue</source>
            <translation>{text}, vencida</translation>
        </message>
        <message>
            <source>%1 (removed)</source>
            <translation>%1 (eliminado)</translation>
        </message>
        <message>
            <source>No owner yet</source>
            <translation>Aún sin responsable</translation>
        </message>
        <message>
            <source>No owner yet: double-click or F2 to choose one</source>
            <translation>Aún sin responsable: doble clic o F2 para elegirlo</translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Activity kind</source>
            <translation>Tipo de actividad</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>Tít&amp;ulo</translation>
        </message>
        <message>
            <source>Activity title</source>
            <translation>Título de la actividad</translation>
        </message>
        <message>
            <source>&amp;Prompt for the room</source>
            <translation>&amp;Pregunta para la sala</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pregunta que ve la sala</translation>
        </message>
        <message>
            <source>Time&amp;box</source>
            <translation>Tiem&amp;po</translation>
        </message>
        <message>
            <source>Timebox in minutes</source>
            <translation>Tiempo asignado en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Authors</source>
            <translation>&amp;Autores</translation>
        </message>
        <message>
            <source>Show authors</source>
            <translation>Mostrar autores</translation>
        </message>
        <message>
            <source>&amp;Facilitator notes</source>
            <translation>&amp;Notas de facilitación</translation>
        </message>
        <message>
            <source>Facilitator notes, never shown to the room</source>
            <translation>Notas de facilitación, nunca se muestran a la sala</translation>
        </message>
        <message>
            <source>Only on this laptop, never on the projector</source>
            <translation>Solo en este portátil, nunca en el proyector</translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Follow the workshop setting</source>
            <translation>Según el ajuste del taller</translation>
        </message>
        <message>
            <source>Hide authors</source>
            <translation>Ocultar autores</translation>
        </message>
        <message>
            <source>Show authors</source>
            <translation>Mostrar autores</translation>
        </message>
        <message>
            <source>Edit activity</source>
            <translation>Editar actividad</translation>
        </message>
        <message>
            <source>Add activity</source>
            <translation>Añadir actividad</translation>
        </message>
    </context>
    <context>
        <name>ActivityStatus</name>
        <message>
            <source>planned</source>
            <translation>prevista</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en marcha</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminada</translation>
        </message>
    </context>
    <context>
        <name>AgendaPanel</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <source>Add an activity (Insert)</source>
            <translation>Añadir una actividad (Insert)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the activity (F2)</source>
            <translation>Editar la actividad (F2)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the activity (Delete)</source>
            <translation>Quitar la actividad (Supr)</translation>
        </message>
        <message>
            <source>Move earlier (Alt+Up)</source>
            <translation>Mover antes (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move later (Alt+Down)</source>
            <translation>Mover después (Alt+Abajo)</translation>
        </message>
        <message>
            <source>{kind} · {minutes} min</source>
            <translation>{kind} · {minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>{planned} planned</source>
            <translation>{planned} previstos</translation>
        </message>
        <message>
            <source>{planned} planned of {available}: {over} over</source>
            <translation>{planned} previstos de {available}: {over} de más</translation>
        </message>
        <message>
            <source>{planned} planned of {available}: {spare} spare</source>
            <translation>{planned} previstos de {available}: {spare} libres</translation>
        </message>
    </context>
    <context>
        <name>AnswerPad</name>
        <message>
            <source>Answer pad: press a number to record one answer</source>
            <translation>Teclado de respuestas: pulse un número para registrar una respuesta</translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Workshop — audience view</source>
            <translation>Workshop — vista del público</translation>
        </message>
        <message>
            <source>Audience view (what the projector shows)</source>
            <translation>Vista del público (lo que muestra el proyector)</translation>
        </message>
        <message>
            <source>Close audience view</source>
            <translation>Cerrar la vista del público</translation>
        </message>
    </context>
    <context>
        <name>BallotsTab</name>
        <message>
            <source>Who votes</source>
            <extracomment>True while a ballot is being filled in at the laptop (undo must not act then).</extracomment>
            <translation>Quién vota</translation>
        </message>
        <message>
            <source>by proxy</source>
            <translation>por delegación</translation>
        </message>
        <message>
            <source>Cast by proxy for someone absent</source>
            <translation>Votar por delegación de alguien ausente</translation>
        </message>
        <message>
            <source>V&amp;oter:</source>
            <translation>V&amp;otante:</translation>
        </message>
        <message>
            <source>Projects to approve</source>
            <translation>Proyectos que aprobar</translation>
        </message>
        <message>
            <source>Points per project: type a number, or + and −</source>
            <translation>Puntos por proyecto: escribe un número, o + y −</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Cast ballot</source>
            <translation>Emitir voto</translation>
        </message>
        <message>
            <source>Cast this ballot (Ctrl+Enter)</source>
            <translation>Emitir esta papeleta (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear the ticks without casting</source>
            <translation>Quitar las marcas sin votar</translation>
        </message>
        <message>
            <source>Paper ballot — type the numbers it ticks, then Enter:</source>
            <translation>Papeleta en papel: escriba los números marcados y pulse Intro:</translation>
        </message>
        <message>
            <source>Paper ballot: project numbers</source>
            <translation>Papeleta en papel: números de proyecto</translation>
        </message>
        <message>
            <source>e.g. 2 5 7</source>
            <translation>p. ej. 2 5 7</translation>
        </message>
        <message>
            <source>Paper &amp;tally per project (type the count, or + and −):</source>
            <translation>Recuento en papel por proyecto (e&amp;scribe el número, o + y −):</translation>
        </message>
        <message>
            <source>Approvals counted on paper: each counts as a ballot for that project alone.</source>
            <translation>Aprobaciones contadas en papel: cada una cuenta como una papeleta solo para ese proyecto.</translation>
        </message>
        <message>
            <source>Paper tally per project: type the count, or + and −</source>
            <translation>Recuento en papel por proyecto: escribe el número, o + y −</translation>
        </message>
        <message>
            <source>On paper</source>
            <translation>En papel</translation>
        </message>
        <message>
            <source>Ballots cast (who, never what)</source>
            <translation>Papeletas emitidas (quién, nunca qué)</translation>
        </message>
        <message>
            <source>Remove ballot</source>
            <translation>Quitar papeleta</translation>
        </message>
        <message>
            <source>Remove the selected ballot</source>
            <translation>Quitar la papeleta seleccionada</translation>
        </message>
        <message numerus="yes">
            <source>On paper: %n approval(s)</source>
            <translation>
                <numerusform>En papel: %n aprobación</numerusform>
                <numerusform>En papel: %n aprobaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> on %n project(s).</source>
            <translation>
                <numerusform> en %n proyecto.</numerusform>
                <numerusform> en %n proyectos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n project(s)</source>
            <translation>
                <numerusform>como máximo %n proyecto</numerusform>
                <numerusform>como máximo %n proyectos</numerusform>
            </translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>como máximo %1</translation>
        </message>
        <message numerus="yes">
            <source>{given} of {points} points given to %n project(s), costing %1 of the budget %2</source>
            <translation>
                <numerusform>{given} de {points} puntos dados a %n proyecto, con un coste de %1 del presupuesto de %2</numerusform>
                <numerusform>{given} de {points} puntos dados a %n proyectos, con un coste de %1 del presupuesto de %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approved, costing %1 of the budget %2</source>
            <translation>
                <numerusform>%n aprobado, cuesta %1 del presupuesto de %2</numerusform>
                <numerusform>%n aprobados, cuestan %1 del presupuesto de %2</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>Everyone on the list has voted: type paper ballots instead.</source>
            <translation>Todas las personas de la lista han votado: escriba papeletas en papel.</translation>
        </message>
        <message>
            <source>%1 (proxy)</source>
            <translation>%1 (delegado)</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>left</source>
            <translation>a la izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <translation>a la derecha</translation>
        </message>
        <message>
            <source>up</source>
            <translation>arriba</translation>
        </message>
        <message>
            <source>down</source>
            <translation>abajo</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Agrupar</translation>
        </message>
        <message>
            <source>Group the selected notes (Ctrl+G)</source>
            <translation>Agrupar las notas seleccionadas (Ctrl+G)</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Desagrupar</translation>
        </message>
        <message>
            <source>Remove the selected cluster frames (Ctrl+Shift+G)</source>
            <translation>Quitar los marcos de los grupos seleccionados (Ctrl+Mayús+G)</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>Ordenar</translation>
        </message>
        <message>
            <source>Arrange clusters and loose notes without overlaps (Ctrl+T)</source>
            <translation>Colocar grupos y notas sueltas sin solaparse (Ctrl+T)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Find notes (Ctrl+F)</source>
            <translation>Buscar notas (Ctrl+F)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>Show the whole board (Ctrl+0)</source>
            <translation>Mostrar todo el tablero (Ctrl+0)</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Show the notes as a list in reading order (Ctrl+L)</source>
            <translation>Mostrar las notas como lista en orden de lectura (Ctrl+L)</translation>
        </message>
        <message>
            <source>Drag notes to move · drag the background to pan · Shift+drag to select · arrows pick a note, Enter or F2 edits</source>
            <translation>Arrastre las notas para moverlas · arrastre el fondo para desplazarse · Mayús+arrastrar selecciona · las flechas eligen una nota, Intro o F2 la edita</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>Borrar notas</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <source>Notes as a list</source>
            <translation>Notas como lista</translation>
        </message>
        <message>
            <source>Select all notes</source>
            <translation>Seleccionar todas las notas</translation>
        </message>
        <message>
            <source>Group notes</source>
            <translation>Agrupar notas</translation>
        </message>
        <message>
            <source>Fit board</source>
            <translation>Ajustar tablero</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Copy note text</source>
            <translation>Copiar el texto de la nota</translation>
        </message>
        <message>
            <source>Paste as notes</source>
            <translation>Pegar como notas</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>Crear acción</translation>
        </message>
        <message>
            <source>Nudge {direction}</source>
            <translation>Desplazar {direction}</translation>
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation>Color de nota {name}</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
    </context>
    <context>
        <name>BoardGrouping</name>
        <message>
            <source>No note matches what you typed in Find: nothing to group.</source>
            <translation>Ninguna nota coincide con lo buscado: no hay nada que agrupar.</translation>
        </message>
        <message>
            <source>Select the notes to group first (click, Ctrl+click or Shift+drag), or find them (Ctrl+F, a few words, then Ctrl+G).</source>
            <translation>Seleccione antes las notas que agrupar (clic, Ctrl+clic o Mayús+arrastrar), o búsquelas (Ctrl+F, unas palabras y luego Ctrl+G).</translation>
        </message>
        <message>
            <source>{count} in “{cluster}”</source>
            <translation>{count} en «{cluster}»</translation>
        </message>
        <message>
            <source>{count} of the {total} notes are already in a cluster ({where}). Move them into the new cluster, or leave them where they are?</source>
            <translation>{count} de las {total} notas ya están en un grupo ({where}). ¿Moverlas al nuevo grupo o dejarlas donde están?</translation>
        </message>
        <message>
            <source>Nothing grouped.</source>
            <translation>No se agrupó nada.</translation>
        </message>
        <message>
            <source>left {where}</source>
            <translation>se dejaron {where}</translation>
        </message>
        <message numerus="yes">
            <source>Nothing grouped: all %n notes are already in clusters.</source>
            <translation>
                <numerusform>No se agrupó nada: la nota ya está en un grupo.</numerusform>
                <numerusform>No se agrupó nada: las %n notas ya están en grupos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a cluster (its title) or notes in one to ungroup.</source>
            <translation>Seleccione un grupo (su título) o notas de uno para desagrupar.</translation>
        </message>
        <message>
            <source>Select a note or a cluster first: it becomes an action on the list.</source>
            <translation>Seleccione antes una nota o un grupo: se convertirá en una acción de la lista.</translation>
        </message>
    </context>
    <context>
        <name>BoardOutline</name>
        <message>
            <source>Notes in reading order</source>
            <translation>Notas en orden de lectura</translation>
        </message>
    </context>
    <context>
        <name>BoardPaste</name>
        <message>
            <source>Nobody called “{name}” is on the participant list. Pick a name as you type, or clear the author box for an anonymous note.</source>
            <translation>No hay nadie llamado «{name}» en la lista de participantes. Elija un nombre mientras escribe o vacíe la casilla de autor para una nota anónima.</translation>
        </message>
        <message>
            <source>That text is {length} characters long; a note holds at most {most}. Nothing was pasted: shorten it, or put each idea on its own line to add one note per line.</source>
            <translation>Ese texto tiene {length} caracteres; una nota admite como máximo {most}. No se pegó nada: acórtelo o ponga cada idea en su propia línea para añadir una nota por línea.</translation>
        </message>
        <message>
            <source>the pasted text</source>
            <translation>el texto pegado</translation>
        </message>
        <message>
            <source>“{name}” is not a file.</source>
            <translation>«{name}» no es un archivo.</translation>
        </message>
        <message>
            <source>“{name}” is larger than 1 MB; drop a plain text file of ideas, one per line.</source>
            <translation>«{name}» ocupa más de 1 MB; suelte un archivo de texto sin formato con ideas, una por línea.</translation>
        </message>
        <message>
            <source>“{name}” is not a plain text file (UTF-8); nothing was added.</source>
            <translation>«{name}» no es un archivo de texto sin formato (UTF-8); no se añadió nada.</translation>
        </message>
        <message>
            <source>Could not read “{name}”: {reason}</source>
            <translation>No se pudo leer «{name}»: {reason}</translation>
        </message>
        <message>
            <source>The dropped file has no text to add.</source>
            <translation>El archivo soltado no tiene texto que añadir.</translation>
        </message>
        <message>
            <source>the dropped file</source>
            <translation>el archivo soltado</translation>
        </message>
        <message>
            <source>the dropped files</source>
            <translation>los archivos soltados</translation>
        </message>
        <message>
            <source>Line {number} of {source} is {length} characters long; a note holds at most {most}. Nothing was added.</source>
            <translation>La línea {number} de {source} tiene {length} caracteres; una nota admite como máximo {most}. No se añadió nada.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n note(s), one for each line of {source}?</source>
            <translation>
                <numerusform>¿Añadir %n nota, una por cada línea de {source}?</numerusform>
                <numerusform>¿Añadir %n notas, una por cada línea de {source}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardScreen</name>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pregunta que ve la sala</translation>
        </message>
        <message>
            <source>Notes and clusters on the board</source>
            <translation>Notas y grupos del tablero</translation>
        </message>
        <message>
            <source>No prompt for the room yet.</source>
            <translation>Aún no hay pregunta para la sala.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n loose</source>
            <translation>
                <numerusform>%n suelta</numerusform>
                <numerusform>%n sueltas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoardView</name>
        <message>
            <source>Sticky-note board</source>
            <translation>Tablero de notas adhesivas</translation>
        </message>
    </context>
    <context>
        <name>BreakoutActions</name>
        <message>
            <source>Workshop files (*.workshop)</source>
            <translation>Archivos de taller (*.workshop)</translation>
        </message>
        <message>
            <source>Make &amp;breakout copies…</source>
            <translation>Crear copias para &amp;subgrupos…</translation>
        </message>
        <message>
            <source>&amp;Merge breakout…</source>
            <translation>&amp;Fusionar subgrupo…</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting…</source>
            <translation>Siguiente re&amp;unión…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n breakout cop(ies) to {folder}:</source>
            <translation>
                <numerusform>Se escribió %n copia para subgrupos en {folder}:</numerusform>
                <numerusform>Se escribieron %n copias para subgrupos en {folder}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged (one Undo takes it back):</source>
            <translation>Fusionado (un Deshacer lo revierte):</translation>
        </message>
        <message>
            <source>That is this meeting's own file: choose another name.</source>
            <translation>Ese es el archivo de esta misma reunión: elija otro nombre.</translation>
        </message>
        <message>
            <source>“{name}” already exists: choose another name.</source>
            <translation>«{name}» ya existe: elija otro nombre.</translation>
        </message>
        <message>
            <source>Meeting {number} is open: it starts by reviewing what was promised. “{name}” is unchanged.</source>
            <translation>La reunión {number} está abierta: empieza revisando lo prometido. «{name}» no ha cambiado.</translation>
        </message>
    </context>
    <context>
        <name>BreakoutReport</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new person(s)</source>
            <translation>
                <numerusform>%n persona nueva</numerusform>
                <numerusform>%n personas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n purpose statement(s)</source>
            <translation>
                <numerusform>%n declaración de propósito</numerusform>
                <numerusform>%n declaraciones de propósito</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offer(s) or ask(s)</source>
            <translation>
                <numerusform>%n oferta o petición</numerusform>
                <numerusform>%n ofertas y peticiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>%n compromiso</numerusform>
                <numerusform>%n compromisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse statement(s)</source>
            <translation>
                <numerusform>%n afirmación de pulso</numerusform>
                <numerusform>%n afirmaciones de pulso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pulse round(s)</source>
            <translation>
                <numerusform>%n ronda de pulso</numerusform>
                <numerusform>%n rondas de pulso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s)</source>
            <translation>
                <numerusform>%n papeleta</numerusform>
                <numerusform>%n papeletas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paper vote tally(-ies)</source>
            <translation>
                <numerusform>%n recuento en papel</numerusform>
                <numerusform>%n recuentos en papel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>nada nuevo</translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kept as edited in the main file</source>
            <translation>
                <numerusform>%n conservado como se editó en el archivo principal</numerusform>
                <numerusform>%n conservados como se editaron en el archivo principal</numerusform>
            </translation>
        </message>
        <message>
            <source>{table}: {what}</source>
            <translation>{table}: {what}</translation>
        </message>
    </context>
    <context>
        <name>BudgetScreen</name>
        <message>
            <source>Pro&amp;jects</source>
            <translation>P&amp;royectos</translation>
        </message>
        <message>
            <source>&amp;Ballots</source>
            <translation>Pape&amp;letas</translation>
        </message>
        <message>
            <source>Res&amp;ults</source>
            <translation>Res&amp;ultados</translation>
        </message>
    </context>
    <context>
        <name>CaptureRow</name>
        <message>
            <source>Author of the next note</source>
            <translation>Autor de la próxima nota</translation>
        </message>
        <message>
            <source>Author, or anonymous</source>
            <translation>Autor, o anónimo</translation>
        </message>
        <message>
            <source>Type the start of a participant's name; it stays chosen for the next notes. Leave empty or type “anonymous” for no author.</source>
            <translation>Escriba el principio del nombre de un participante; queda elegido para las próximas notas. Déjelo vacío o escriba «anónimo» para no poner autor.</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>Aut&amp;or</translation>
        </message>
        <message>
            <source>New note text</source>
            <translation>Texto de la nueva nota</translation>
        </message>
        <message>
            <source>Type an idea and press Enter</source>
            <translation>Escriba una idea y pulse Intro</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <source>Add the note (Enter)</source>
            <translation>Añadir la nota (Intro)</translation>
        </message>
        <message>
            <source>Sticky colour {name}</source>
            <translation>Color de nota {name}</translation>
        </message>
        <message>
            <source>Colour by organisation</source>
            <translation>Color por organización</translation>
        </message>
        <message>
            <source>Colour notes by the author's organisation</source>
            <translation>Colorear las notas según la organización del autor</translation>
        </message>
        <message>
            <source>Colour legend</source>
            <translation>Leyenda de colores</translation>
        </message>
        <message>
            <source>Not on the list</source>
            <translation>No está en la lista</translation>
        </message>
        <message>
            <source>Not on the participant list</source>
            <translation>No está en la lista de participantes</translation>
        </message>
    </context>
    <context>
        <name>CountsTable</name>
        <message>
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The details are in the log file:</source>
            <translation>Los detalles están en el archivo de registro:</translation>
        </message>
        <message>
            <source>The details could not be written to a log file; they are shown below.</source>
            <translation>No se pudieron escribir los detalles en un archivo de registro; se muestran abajo.</translation>
        </message>
        <message>
            <source>Workshop ran into an unexpected problem and did not finish what you asked.</source>
            <translation>Workshop tuvo un problema inesperado y no terminó lo que pidió.</translation>
        </message>
        <message>
            <source>Your workshop file is safe: every change was saved to disk the moment you made it, so nothing has been lost. You can carry on working; if something looks wrong, close the file and open it again.</source>
            <translation>Su archivo de taller está a salvo: cada cambio se guardó en disco en el momento, así que no se ha perdido nada. Puede seguir trabajando; si algo parece incorrecto, cierre el archivo y vuelva a abrirlo.</translation>
        </message>
        <message>
            <source>Workshop: unexpected problem</source>
            <translation>Workshop: problema inesperado</translation>
        </message>
        <message>
            <source>Open Log Folder</source>
            <translation>Abrir carpeta de registros</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Workshop title</source>
            <translation>Título del taller</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitación</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>Time available in minutes</source>
            <translation>Tiempo disponible en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin fijar</translation>
        </message>
        <message>
            <source>Goal of the day</source>
            <translation>Objetivo del día</translation>
        </message>
        <message>
            <source>Hide who wrote what (anonymous by default)</source>
            <translation>Ocultar quién escribió qué (anónimo por defecto)</translation>
        </message>
        <message>
            <source>Anonymous by default</source>
            <translation>Anónimo por defecto</translation>
        </message>
        <message>
            <source>Workshop language</source>
            <translation>Idioma del taller</translation>
        </message>
        <message>
            <source>The language of the handout's labels, dates and numbers and of the projector, whatever the language of this app</source>
            <translation>El idioma de las etiquetas, fechas y números del documento y del proyector, sea cual sea el idioma de esta aplicación</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>Tít&amp;ulo</translation>
        </message>
        <message>
            <source>Ven&amp;ue</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <source>Faci&amp;litator</source>
            <translation>&amp;Facilitación</translation>
        </message>
        <message>
            <source>&amp;Goal of the day</source>
            <translation>&amp;Objetivo del día</translation>
        </message>
        <message>
            <source>&amp;Starts at</source>
            <translation>E&amp;mpieza a las</translation>
        </message>
        <message>
            <source>Time availa&amp;ble</source>
            <translation>Tiempo disponi&amp;ble</translation>
        </message>
        <message>
            <source>Language of the &amp;room</source>
            <translation>Idioma de la &amp;sala</translation>
        </message>
        <message>
            <source>Changes are saved as you go. Ctrl+Z undoes them.</source>
            <translation>Los cambios se guardan sobre la marcha. Ctrl+Z los deshace.</translation>
        </message>
    </context>
    <context>
        <name>DocumentFiles</name>
        <message>
            <source>The demo could not be written: {error}</source>
            <translation>No se pudo escribir la demostración: {error}</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Abriendo {name}…</translation>
        </message>
        <message>
            <source>The backup could not be copied to a folder you can write to.</source>
            <translation>No se pudo copiar la copia de seguridad a una carpeta con permiso de escritura.</translation>
        </message>
        <message>
            <source>Create workshop file</source>
            <translation>Crear archivo de taller</translation>
        </message>
        <message>
            <source>That file is the workshop that is open now; choose another name.</source>
            <translation>Ese archivo es el taller abierto ahora; elija otro nombre.</translation>
        </message>
        <message>
            <source>Save a copy and continue in it</source>
            <translation>Guardar una copia y seguir en ella</translation>
        </message>
    </context>
    <context>
        <name>DotList</name>
        <message numerus="yes">
            <source>(%n note(s))</source>
            <extracomment>Digits or letters typed after a longer pause start a new number or word. Something to tell the voter about their typing (e.g. "There is no item 85.").</extracomment>
            <translation>
                <numerusform>(%n nota)</numerusform>
                <numerusform>(%n notas)</numerusform>
            </translation>
        </message>
        <message>
            <source>(your note: not for your dots)</source>
            <translation>(su nota: no admite sus puntos)</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1: Space puts a dot on it, or type the next digit.</source>
            <translation>Elemento %1: Espacio le pone un punto, o escriba la siguiente cifra.</translation>
        </message>
        <message>
            <source>There is no item %1: the items are 1–%2.</source>
            <translation>No hay elemento %1: los elementos van del 1 al %2.</translation>
        </message>
        <message>
            <source>No item has “%1” in it.</source>
            <translation>Ningún elemento contiene «%1».</translation>
        </message>
    </context>
    <context>
        <name>DraftsPanel</name>
        <message>
            <source>Draft %1</source>
            <translation>Borrador %1</translation>
        </message>
        <message>
            <source>(from draft %1)</source>
            <translation>(del borrador %1)</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>adoptado</translation>
        </message>
        <message>
            <source>Drafts of the common purpose</source>
            <translation>Borradores del propósito común</translation>
        </message>
        <message>
            <source>Start from selected (Ctrl+D)</source>
            <translation>Partir de este (Ctrl+D)</translation>
        </message>
        <message>
            <source>Start a new draft from the selected</source>
            <translation>Empezar un borrador nuevo a partir del seleccionado</translation>
        </message>
        <message>
            <source>Remove draft</source>
            <translation>Quitar borrador</translation>
        </message>
        <message>
            <source>Remove the selected draft</source>
            <translation>Quitar el borrador seleccionado</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>Nuevo borrador</translation>
        </message>
        <message>
            <source>Text of the next draft</source>
            <translation>Texto del próximo borrador</translation>
        </message>
        <message>
            <source>Together we… (Ctrl+Enter keeps it as a new draft)</source>
            <translation>Juntos… (Ctrl+Intro lo guarda como nuevo borrador)</translation>
        </message>
        <message>
            <source>&amp;Keep as new draft</source>
            <translation>&amp;Guardar borrador</translation>
        </message>
        <message>
            <source>Keep the text as a new numbered draft</source>
            <translation>Guardar el texto como nuevo borrador numerado</translation>
        </message>
        <message>
            <source>Pick phrases: select words below, Ctrl+P adds them to the list</source>
            <translation>Elija frases: seleccione palabras abajo; Ctrl+P las añade a la lista</translation>
        </message>
        <message>
            <source>Statements and blends to pick phrases from</source>
            <translation>Propósitos y mezclas de donde tomar frases</translation>
        </message>
        <message>
            <source>Phrases for a new draft</source>
            <translation>Frases para un nuevo borrador</translation>
        </message>
        <message>
            <source>Add phrase (Ctrl+P)</source>
            <translation>Añadir frase (Ctrl+P)</translation>
        </message>
        <message>
            <source>Add the selected words as a phrase</source>
            <translation>Añadir las palabras seleccionadas como frase</translation>
        </message>
        <message>
            <source>Draft from phrase&amp;s</source>
            <translation>&amp;Borrador con frases</translation>
        </message>
        <message>
            <source>Make a new draft from the phrases</source>
            <translation>Crear un borrador nuevo con las frases</translation>
        </message>
        <message>
            <source>Blend:</source>
            <translation>Mezcla:</translation>
        </message>
        <message>
            <source>Next draft starts from draft %1</source>
            <translation>El próximo borrador parte del borrador %1</translation>
        </message>
        <message>
            <source>Next draft: new text</source>
            <translation>Próximo borrador: texto nuevo</translation>
        </message>
        <message>
            <source>Select some words in the statements first.</source>
            <translation>Seleccione antes algunas palabras de los propósitos.</translation>
        </message>
    </context>
    <context>
        <name>EndorsePanel</name>
        <message>
            <source>Party</source>
            <extracomment>The ratings table's headings (translated when the table is made).</extracomment>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Cubierto</translation>
        </message>
        <message>
            <source>In the draft</source>
            <translation>En el borrador</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Draft being rated</source>
            <translation>Borrador que se valora</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Ad&amp;opt this draft</source>
            <translation>Ad&amp;optar este borrador</translation>
        </message>
        <message>
            <source>Adopt this draft as the common purpose</source>
            <translation>Adoptar este borrador como propósito común</translation>
        </message>
        <message>
            <source>Text of the draft being rated</source>
            <translation>Texto del borrador que se valora</translation>
        </message>
        <message>
            <source>Party giving the rating</source>
            <translation>Parte que valora</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Valora</translation>
        </message>
        <message>
            <source>Fist of five, 0 to 5</source>
            <translation>Puño de cinco, de 0 a 5</translation>
        </message>
        <message>
            <source>Fist of five: </source>
            <translation>Puño de cinco: </translation>
        </message>
        <message>
            <source>Comment with the rating (optional)</source>
            <translation>Comentario de la valoración (opcional)</translation>
        </message>
        <message>
            <source>Comment (optional) — Enter rates</source>
            <translation>Comentario (opcional): Intro valora</translation>
        </message>
        <message>
            <source>&amp;Rate</source>
            <translation>Va&amp;lorar</translation>
        </message>
        <message>
            <source>Record the rating</source>
            <translation>Registrar la valoración</translation>
        </message>
        <message>
            <source>Ratings and coverage per party</source>
            <translation>Valoraciones y cobertura por parte</translation>
        </message>
        <message>
            <source>No draft yet: write one in the Drafts tab.</source>
            <translation>Aún no hay borradores: escriba uno en la pestaña Borradores.</translation>
        </message>
        <message>
            <source>Un-ad&amp;opt</source>
            <translation>Deshacer ad&amp;opción</translation>
        </message>
        <message>
            <source>Un-adopt this draft</source>
            <translation>Deshacer la adopción de este borrador</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>aún no</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>sin comentario</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <source>Least covered: %1</source>
            <translation>Menos cubiertas: %1</translation>
        </message>
        <message>
            <source>Adopted: its ratings are kept as they were.</source>
            <translation>Adoptado: sus valoraciones se conservan tal como estaban.</translation>
        </message>
        <message>
            <source>Choose a draft and a party to rate it.</source>
            <translation>Elija un borrador y una parte que lo valore.</translation>
        </message>
    </context>
    <context>
        <name>ExportQuestions</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Full record (every note, participants)</source>
            <translation>Acta completa (todas las notas, participantes)</translation>
        </message>
        <message>
            <source>Short handout (cover, agenda, results)</source>
            <translation>Resumen breve (portada, agenda, resultados)</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>Export handout</source>
            <translation>Exportar documento</translation>
        </message>
        <message>
            <source>Which handout?</source>
            <translation>¿Qué documento?</translation>
        </message>
        <message>
            <source>“{name}” already exists in {folder}. Replace it?</source>
            <translation>«{name}» ya existe en {folder}. ¿Reemplazarlo?</translation>
        </message>
        <message numerus="yes">
            <source>%n files already exist in {folder} ({names}). Replace them?</source>
            <translation>
                <numerusform>%n archivo ya existe en {folder} ({names}). ¿Reemplazarlo?</numerusform>
                <numerusform>%n archivos ya existen en {folder} ({names}). ¿Reemplazarlos?</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace?</source>
            <translation>¿Reemplazar?</translation>
        </message>
        <message>
            <source>Handout ready</source>
            <translation>Documento listo</translation>
        </message>
        <message>
            <source>The handout was saved as “{name}”. Open it now?</source>
            <translation>El documento se guardó como «{name}». ¿Abrirlo ahora?</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Export &amp;handout (PDF)…</source>
            <translation>Exportar &amp;documento (PDF)…</translation>
        </message>
        <message>
            <source>Export a handout per &amp;organisation (PDF)…</source>
            <translation>Exportar un documento por &amp;organización (PDF)…</translation>
        </message>
        <message>
            <source>Export data as &amp;CSV…</source>
            <translation>Exportar datos como &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as &amp;JSON…</source>
            <translation>Exportar como &amp;JSON…</translation>
        </message>
    </context>
    <context>
        <name>FileQuestions</name>
        <message>
            <source>Workshop files (*.workshop);;All files (*)</source>
            <translation>Archivos de taller (*.workshop);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>Abrir taller</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Copy taken when it was opened on {when}</source>
            <translation>Copia hecha al abrirlo el {when}</translation>
        </message>
        <message>
            <source>Workshop — open a backup?</source>
            <translation>Workshop: ¿abrir una copia de seguridad?</translation>
        </message>
        <message>
            <source>Workshop keeps a copy each time a file is opened. Open a copy of one of these backups instead? (The damaged file is left as it is.)</source>
            <translation>Workshop guarda una copia cada vez que se abre un archivo. ¿Abrir en su lugar una copia de una de estas copias de seguridad? (El archivo dañado se deja como está.)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find:</source>
            <translation>Buscar:</translation>
        </message>
        <message>
            <source>Find notes</source>
            <translation>Buscar notas</translation>
        </message>
        <message>
            <source>Words in notes — Enter: next match, Ctrl+G: group the matches, Esc: close</source>
            <translation>Palabras de las notas — Intro: siguiente, Ctrl+G: agrupar las coincidencias, Esc: cerrar</translation>
        </message>
        <message>
            <source>Matches found</source>
            <translation>Coincidencias encontradas</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>Siguiente coincidencia</translation>
        </message>
        <message>
            <source>Close find</source>
            <translation>Cerrar búsqueda</translation>
        </message>
        <message>
            <source>Close find (Esc)</source>
            <translation>Cerrar búsqueda (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>Sin coincidencias</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n coincidencia</numerusform>
                <numerusform>%n coincidencias</numerusform>
            </translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} de {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupingHost</name>
        <message>
            <source>Group notes</source>
            <translation>Agrupar notas</translation>
        </message>
        <message>
            <source>&amp;Move them</source>
            <translation>&amp;Moverlas</translation>
        </message>
        <message>
            <source>&amp;Leave them</source>
            <translation>&amp;Dejarlas</translation>
        </message>
    </context>
    <context>
        <name>HistogramWidget</name>
        <message>
            <source>counts %1</source>
            <extracomment>A round's histogram on the facilitator's screen: narrow enough for two beside the radar.</extracomment>
            <translation>recuentos %1</translation>
        </message>
    </context>
    <context>
        <name>ImpactAcrossWidget</name>
        <message>
            <source>Meeting %1</source>
            <translation>Reunión %1</translation>
        </message>
        <message>
            <source>Collective impact across meetings</source>
            <translation>Impacto colectivo a lo largo de las reuniones</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>No preguntado</translation>
        </message>
        <message>
            <source>Meetings %1 (latest boldest)</source>
            <translation>Reuniones %1 (la última, más marcada)</translation>
        </message>
    </context>
    <context>
        <name>ImpactRadar</name>
        <message>
            <source>Collective impact check: medians</source>
            <translation>Impacto colectivo: medianas</translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <source>Join from your phone: {address}, code {code}</source>
            <translation>Únase desde su móvil: {address}, código {code}</translation>
        </message>
    </context>
    <context>
        <name>LaptopPanel</name>
        <message numerus="yes">
            <source>%1 of %n dot(s) left</source>
            <extracomment>A confirmation ("Proxy ballot for … cast."): calm, not the red of a refusal.</extracomment>
            <translation>
                <numerusform>Queda %1 de %n punto</numerusform>
                <numerusform>Quedan %1 de %n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>The item shown: its whole text and the notes inside it</source>
            <translation>El elemento mostrado: su texto completo y las notas que contiene</translation>
        </message>
        <message>
            <source>Message for the next voter</source>
            <extracomment>True while someone is voting (the screen locks the other tabs meanwhile).</extracomment>
            <translation>Mensaje para la próxima persona</translation>
        </message>
        <message>
            <source>Step up to vote: choose your name (type to jump to it) and press Enter.</source>
            <translation>Acérquese a votar: elija su nombre (escriba para saltar a él) y pulse Intro.</translation>
        </message>
        <message>
            <source>Choose your name</source>
            <translation>Elija su nombre</translation>
        </message>
        <message>
            <source>Start my ballot</source>
            <translation>Empezar mi papeleta</translation>
        </message>
        <message>
            <source>Type an item's number to put a dot on it (or click it, or Space / + on the one shown); letters find an item. Right-click, - or Backspace takes a dot back. Ctrl+Enter when you are done.</source>
            <translation>Escriba el número de un elemento para ponerle un punto (o haga clic, o Espacio / + en el mostrado); las letras buscan un elemento. Clic derecho, - o Retroceso quita un punto. Ctrl+Intro al terminar.</translation>
        </message>
        <message>
            <source>Items to vote on</source>
            <translation>Elementos a votar</translation>
        </message>
        <message>
            <source>Why the dot was refused</source>
            <translation>Por qué no se aceptó el punto</translation>
        </message>
        <message>
            <source>Not now (Esc)</source>
            <translation>Ahora no (Esc)</translation>
        </message>
        <message>
            <source>Leave without finishing</source>
            <translation>Salir sin terminar</translation>
        </message>
        <message>
            <source>Done: hide my ballot</source>
            <translation>Listo: ocultar mi papeleta</translation>
        </message>
        <message>
            <source>Done, hide my ballot</source>
            <translation>Listo, ocultar mi papeleta</translation>
        </message>
        <message>
            <source>%1: has voted</source>
            <translation>%1: ha votado</translation>
        </message>
        <message>
            <source>%1: voted by proxy</source>
            <translation>%1: votó por delegación</translation>
        </message>
        <message>
            <source>There is nothing to vote on yet: the brainstorm has no items.</source>
            <translation>Aún no hay nada que votar: la lluvia de ideas no tiene elementos.</translation>
        </message>
        <message>
            <source>Choose a name that has not voted yet.</source>
            <translation>Elija un nombre que aún no haya votado.</translation>
        </message>
        <message>
            <source>The vote is closed.</source>
            <translation>La votación está cerrada.</translation>
        </message>
        <message>
            <source>%1 is voting</source>
            <translation>Vota %1</translation>
        </message>
        <message>
            <source>Thank you, %1. Your ballot is saved and hidden. Next person: choose your name.</source>
            <translation>Gracias, %1. Su papeleta está guardada y oculta. Siguiente persona: elija su nombre.</translation>
        </message>
        <message>
            <source>Ballot left open. Next person: choose your name.</source>
            <translation>Papeleta sin terminar. Siguiente persona: elija su nombre.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Make breakout copies</source>
            <translation>Crear copias para subgrupos</translation>
        </message>
        <message>
            <source>How many tables?</source>
            <translation>¿Cuántas mesas?</translation>
        </message>
        <message>
            <source>Where to write the copies (a USB stick or a shared folder)</source>
            <translation>Dónde escribir las copias (un USB o una carpeta compartida)</translation>
        </message>
        <message>
            <source>Merge breakout copies</source>
            <translation>Fusionar copias de subgrupos</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Siguiente reunión</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[solo lectura]</translation>
        </message>
        <message>
            <source>{title} — {file} — Workshop</source>
            <translation>{title} — {file} — Workshop</translation>
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation>Guardado: {change}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>All changes are saved as you go · format {version}</source>
            <translation>Todos los cambios se guardan sobre la marcha · formato {version}</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>Tít&amp;ulo</translation>
        </message>
        <message>
            <source>Workshop title</source>
            <translation>Título del taller</translation>
        </message>
        <message>
            <source>e.g. Riverside partnership kick-off</source>
            <translation>p. ej. Arranque de la alianza del barrio</translation>
        </message>
        <message>
            <source>&amp;Start from</source>
            <translation>&amp;Partir de</translation>
        </message>
        <message>
            <source>Agenda template</source>
            <translation>Plantilla de agenda</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note text</source>
            <translation>Texto de la nota</translation>
        </message>
    </context>
    <context>
        <name>NoteItem</name>
        <message>
            <source>From {table}</source>
            <translation>De {table}</translation>
        </message>
    </context>
    <context>
        <name>OffersAsksScreen</name>
        <message>
            <source>no match yet</source>
            <extracomment>Asks for a card's new text (None to cancel); tests replace it. The balance's flags (the domain's words) as the laptop names them.</extracomment>
            <translation>sin coincidencia aún</translation>
        </message>
        <message>
            <source>only gives</source>
            <translation>solo da</translation>
        </message>
        <message>
            <source>only receives</source>
            <translation>solo recibe</translation>
        </message>
        <message>
            <source>Confirm commitment</source>
            <translation>Confirmar compromiso</translation>
        </message>
        <message>
            <source>By when? (YYYY-MM-DD, or leave empty)</source>
            <translation>¿Para cuándo? (AAAA-MM-DD, o déjelo vacío)</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>Editar tarjeta</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Texto:</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pregunta que ve la sala</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>The next cards are offers (Alt+O)</source>
            <translation>Las próximas tarjetas son ofertas (Alt+O)</translation>
        </message>
        <message>
            <source>Next card is an offer</source>
            <translation>La próxima tarjeta es una oferta</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Petición</translation>
        </message>
        <message>
            <source>The next cards are asks (Alt+K)</source>
            <translation>Las próximas tarjetas son peticiones (Alt+K)</translation>
        </message>
        <message>
            <source>Next card is an ask</source>
            <translation>La próxima tarjeta es una petición</translation>
        </message>
        <message>
            <source>Whose card: participant or organisation</source>
            <translation>De quién es la tarjeta: participante u organización</translation>
        </message>
        <message>
            <source>Card text</source>
            <translation>Texto de la tarjeta</translation>
        </message>
        <message>
            <source>What they offer or need (Enter adds; start with + offer, ? ask)</source>
            <translation>Lo que ofrecen o necesitan (Intro añade; empiece con + oferta, ? petición)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add card</source>
            <translation>Añadir tarjeta</translation>
        </message>
        <message>
            <source>Add the card (Enter)</source>
            <translation>Añadir la tarjeta (Intro)</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Ofertas</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <source>Suggested offers for the ask</source>
            <translation>Ofertas sugeridas para la petición</translation>
        </message>
        <message>
            <source>Confirm ma&amp;tch…</source>
            <translation>C&amp;onfirmar coincidencia…</translation>
        </message>
        <message>
            <source>Confirm the selected match as a commitment</source>
            <translation>Confirmar la coincidencia seleccionada como compromiso</translation>
        </message>
        <message>
            <source>Confirm the selected offer for this ask (Ctrl+M)</source>
            <translation>Confirmar la oferta seleccionada para esta petición (Ctrl+M)</translation>
        </message>
        <message>
            <source>Balance: what each party gives and receives</source>
            <translation>Balance: lo que cada parte da y recibe</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Gives</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Gets</source>
            <translation>Recibe</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>&amp;Balance</source>
            <translation>&amp;Balance</translation>
        </message>
        <message>
            <source>Co&amp;mmitments</source>
            <translation>Co&amp;mpromisos</translation>
        </message>
        <message>
            <source>&amp;Who</source>
            <translation>&amp;Quién</translation>
        </message>
        <message>
            <source>Suggested matches</source>
            <translation>Coincidencias sugeridas</translation>
        </message>
        <message>
            <source>Reciprocity map</source>
            <translation>Mapa de reciprocidad</translation>
        </message>
        <message>
            <source>Confirm match</source>
            <translation>Confirmar coincidencia</translation>
        </message>
        <message>
            <source>New card</source>
            <translation>Nueva tarjeta</translation>
        </message>
        <message>
            <source>Next cards are offers</source>
            <translation>Las próximas tarjetas son ofertas</translation>
        </message>
        <message>
            <source>Next cards are asks</source>
            <translation>Las próximas tarjetas son peticiones</translation>
        </message>
        <message>
            <source>Remove cards</source>
            <translation>Quitar tarjetas</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Quitar compromiso</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Cambiar la fecha</translation>
        </message>
        <message>
            <source>What can you offer? What do you need?</source>
            <translation>¿Qué puede ofrecer? ¿Qué necesita?</translation>
        </message>
        <message>
            <source>Offers (%1)</source>
            <translation>Ofertas (%1)</translation>
        </message>
        <message>
            <source>Asks (%1)</source>
            <translation>Peticiones (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s)</source>
            <translation>
                <numerusform>%n compromiso</numerusform>
                <numerusform>%n compromisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ask(s) still open</source>
            <translation>
                <numerusform>%n petición sigue abierta</numerusform>
                <numerusform>%n peticiones siguen abiertas</numerusform>
            </translation>
        </message>
        <message>
            <source>Alt+O offer · Alt+K ask · Ctrl+M confirm match · Delete remove · F2 edit or re-date</source>
            <translation>Alt+O oferta · Alt+K petición · Ctrl+M confirmar · Supr quitar · F2 editar o cambiar fecha</translation>
        </message>
        <message>
            <source>gives and receives</source>
            <translation>da y recibe</translation>
        </message>
        <message>
            <source>%1 offers, %2 asks</source>
            <translation>%1 ofertas, %2 peticiones</translation>
        </message>
        <message>
            <source>no date yet</source>
            <translation>sin fecha aún</translation>
        </message>
        <message>
            <source>Select an ask to see the offers that could meet it.</source>
            <translation>Seleccione una petición para ver las ofertas que podrían cubrirla.</translation>
        </message>
        <message>
            <source>For “%1” (%2):</source>
            <translation>Para «%1» (%2):</translation>
        </message>
        <message>
            <source>why: %1</source>
            <translation>por qué: %1</translation>
        </message>
        <message>
            <source>No offer meets this ask yet (nothing beyond common words like “help” is shared).</source>
            <translation>Ninguna oferta cubre aún esta petición (no comparten nada más allá de palabras comunes como «ayuda»).</translation>
        </message>
        <message>
            <source>Select an ask and one of its suggested offers first.</source>
            <translation>Seleccione antes una petición y una de sus ofertas sugeridas.</translation>
        </message>
        <message>
            <source>%1 gives “%2” to %3.</source>
            <translation>%1 da «%2» a %3.</translation>
        </message>
        <message>
            <source>%1 gives “%2” to %3 (now: %4).</source>
            <translation>%1 da «%2» a %3 (ahora: %4).</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>Part of a commitment</source>
            <translation>Parte de un compromiso</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Participant name</source>
            <translation>Nombre del participante</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>&amp;Colour</source>
            <translation>&amp;Color</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>optional, like #ffcc00</source>
            <translation>opcional, como #ffcc00</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Edit participant</source>
            <translation>Editar participante</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Añadir participante</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Paste a list of participants</source>
            <translation>Pegar una lista de participantes</translation>
        </message>
        <message>
            <source>List of participants</source>
            <translation>Lista de participantes</translation>
        </message>
        <message>
            <source>One person per line:
Ana Silva, Riverside Library
Ben Ode, Youth Forum</source>
            <translation>Una persona por línea:
Ana Silva, Biblioteca del Río
Ben Ode, Foro Joven</translation>
        </message>
        <message>
            <source>Add them</source>
            <translation>Añadirlos</translation>
        </message>
        <message>
            <source>Add everyone listed (Ctrl+Enter)</source>
            <translation>Añadir a todas las personas de la lista (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>One person per line: name, then organisation after a comma or tab. Ctrl+Enter adds them.</source>
            <translation>Una persona por línea: nombre y, tras una coma o tabulador, organización. Ctrl+Intro las añade.</translation>
        </message>
        <message>
            <source>Import participants</source>
            <translation>Importar participantes</translation>
        </message>
        <message>
            <source>CSV or text (*.csv *.txt);;All files (*)</source>
            <translation>CSV o texto (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>New participant name</source>
            <translation>Nombre del nuevo participante</translation>
        </message>
        <message>
            <source>Organisation (optional)</source>
            <translation>Organización (opcional)</translation>
        </message>
        <message>
            <source>New participant organisation</source>
            <translation>Organización del nuevo participante</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add participant (Enter)</source>
            <translation>Añadir participante (Intro)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Paste list…</source>
            <translation>Pegar lista…</translation>
        </message>
        <message>
            <source>Paste a list (Ctrl+Shift+V)</source>
            <translation>Pegar una lista (Ctrl+Mayús+V)</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importar CSV…</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Importar un archivo CSV</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit participant</source>
            <translation>Editar participante</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove participants (Delete)</source>
            <translation>Quitar participantes (Supr)</translation>
        </message>
        <message>
            <source>“{name}” is too large for a list of people (at most {size} KB).</source>
            <translation>«{name}» es demasiado grande para una lista de personas (máximo {size} KB).</translation>
        </message>
        <message>
            <source>“{name}” could not be read as a text file: {error}.</source>
            <translation>No se pudo leer «{name}» como archivo de texto: {error}.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organización</numerusform>
                <numerusform>%n organizaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{people} from {organisations}</source>
            <translation>{people} de {organisations}</translation>
        </message>
    </context>
    <context>
        <name>PartyEdit</name>
        <message>
            <source>Owner (optional): a person or an organisation</source>
            <translation>Responsable (opcional): una persona o una organización</translation>
        </message>
        <message>
            <source>Who: a person or an organisation</source>
            <translation>Quién: una persona o una organización</translation>
        </message>
    </context>
    <context>
        <name>PasteHost</name>
        <message>
            <source>Add notes</source>
            <translation>Añadir notas</translation>
        </message>
    </context>
    <context>
        <name>PhoneSession</name>
        <message>
            <source>Phones cannot join: {address} is not available ({reason}). Choose another network.</source>
            <translation>Los móviles no pueden unirse: {address} no está disponible ({reason}). Elija otra red.</translation>
        </message>
    </context>
    <context>
        <name>PhonesPanel</name>
        <message>
            <source>Let the room join from their phones</source>
            <translation>Dejar que la sala se una desde sus móviles</translation>
        </message>
        <message>
            <source>Network the phones use</source>
            <translation>Red que usan los móviles</translation>
        </message>
        <message>
            <source>Open the live activity to phones</source>
            <translation>Abrir la actividad en curso a los móviles</translation>
        </message>
        <message>
            <source>Phone notes wait for my approval</source>
            <translation>Las notas de los móviles esperan mi aprobación</translation>
        </message>
        <message>
            <source>People not on the list may add themselves</source>
            <translation>Quien no esté en la lista puede añadirse</translation>
        </message>
        <message>
            <source>New join &amp;code</source>
            <translation>Nuevo &amp;código</translation>
        </message>
        <message>
            <source>The old code (and every phone joined with it) stops at once</source>
            <translation>El código anterior (y cada móvil unido con él) deja de funcionar al instante</translation>
        </message>
        <message>
            <source>&amp;Stop sharing</source>
            <translation>&amp;Dejar de compartir</translation>
        </message>
        <message>
            <source>Phone notes waiting for approval</source>
            <translation>Notas de móviles pendientes de aprobación</translation>
        </message>
        <message>
            <source>Approve (Enter)</source>
            <translation>Aprobar (Intro)</translation>
        </message>
        <message>
            <source>Discard (Delete)</source>
            <translation>Descartar (Supr)</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Red:</translation>
        </message>
        <message>
            <source>&amp;Waiting for approval:</source>
            <translation>&amp;Pendientes de aprobación:</translation>
        </message>
        <message>
            <source>Open a workshop to let phones join.</source>
            <translation>Abra un taller para que se unan los móviles.</translation>
        </message>
        <message>
            <source>Phones join at {join}
or open {base} and type the code {code}</source>
            <translation>Los móviles se unen en {join}
o abren {base} y escriben el código {code}</translation>
        </message>
        <message>
            <source>Phones are off: no network connection is open.</source>
            <translation>Móviles desactivados: no hay ninguna conexión de red abierta.</translation>
        </message>
        <message>
            <source>Open “{title}” to phones</source>
            <translation>Abrir «{title}» a los móviles</translation>
        </message>
        <message>
            <source>Phones connected: {count}</source>
            <translation>Móviles conectados: {count}</translation>
        </message>
        <message>
            <source>No phone contributions to this activity yet.</source>
            <translation>Aún no hay aportaciones desde móviles a esta actividad.</translation>
        </message>
        <message>
            <source>{name} (voted)</source>
            <translation>{name} (votó)</translation>
        </message>
        <message>
            <source>Contributed from phones ({count}): {names}</source>
            <translation>Aportaciones desde móviles ({count}): {names}</translation>
        </message>
        <message>
            <source>&amp;Waiting for approval ({count}):</source>
            <translation>&amp;Pendientes de aprobación ({count}):</translation>
        </message>
    </context>
    <context>
        <name>PhonesWiring</name>
        <message>
            <source>Phones</source>
            <translation>Móviles</translation>
        </message>
        <message>
            <source>&amp;Phones panel</source>
            <translation>Panel de &amp;móviles</translation>
        </message>
        <message>
            <source>Phones…</source>
            <translation>Móviles…</translation>
        </message>
        <message>
            <source>Let the room join from their phones: the Phones panel</source>
            <translation>Dejar que la sala se una desde sus móviles: el panel Móviles</translation>
        </message>
        <message>
            <source>Phones: {connected} connected · {contributed} contributed to this activity</source>
            <translation>Móviles: {connected} conectados · {contributed} aportaron a esta actividad</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Idioma de la aplicación</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>The new language applies when Workshop starts again. Handouts and the projector follow each workshop's own language (Details).</source>
            <translation>El nuevo idioma se aplica cuando Workshop vuelva a arrancar. Los documentos y el proyector siguen el idioma de cada taller (Detalles).</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <source>&amp;Projector</source>
            <translation>&amp;Proyector</translation>
        </message>
        <message>
            <source>Show the audience view on the projector (F5)</source>
            <translation>Mostrar la vista del público en el proyector (F5)</translation>
        </message>
        <message>
            <source>&amp;Blank projector</source>
            <translation>Proyector en &amp;negro</translation>
        </message>
        <message>
            <source>Show black on the projector (B)</source>
            <translation>Poner el proyector en negro (B)</translation>
        </message>
        <message>
            <source>Blank</source>
            <translation>En negro</translation>
        </message>
        <message>
            <source>&amp;Freeze projector</source>
            <translation>&amp;Congelar proyector</translation>
        </message>
        <message>
            <source>Keep the projector on the current picture while you work (F)</source>
            <translation>Mantener la imagen actual en el proyector mientras trabaja (F)</translation>
        </message>
        <message>
            <source>Freeze</source>
            <translation>Congelar</translation>
        </message>
        <message>
            <source>Show in &amp;room</source>
            <translation>Mostrar en la &amp;sala</translation>
        </message>
        <message>
            <source>Send the activity you are looking at to the projector (Shift+F5)</source>
            <translation>Enviar al proyector la actividad que está viendo (Mayús+F5)</translation>
        </message>
        <message>
            <source>Next &amp;page on projector</source>
            <translation>&amp;Página siguiente en el proyector</translation>
        </message>
        <message>
            <source>Turn the projector to the next page (Page Down)</source>
            <translation>Pasar el proyector a la página siguiente (Av Pág)</translation>
        </message>
        <message>
            <source>Previous pa&amp;ge on projector</source>
            <translation>Página &amp;anterior en el proyector</translation>
        </message>
        <message>
            <source>Turn the projector to the previous page (Page Up)</source>
            <translation>Pasar el proyector a la página anterior (Re Pág)</translation>
        </message>
        <message>
            <source>Spot&amp;light on projector</source>
            <translation>&amp;Foco en el proyector</translation>
        </message>
        <message>
            <source>Put the selected note or cluster full screen on the projector (S; Esc returns)</source>
            <translation>Poner la nota o el grupo seleccionado a pantalla completa en el proyector (S; Esc vuelve)</translation>
        </message>
        <message>
            <source>End spotlight</source>
            <translation>Quitar el foco</translation>
        </message>
        <message>
            <source>Back to the live activity (Esc)</source>
            <translation>Volver a la actividad en curso (Esc)</translation>
        </message>
        <message>
            <source>Show &amp;agenda on projector</source>
            <translation>Mostrar la &amp;agenda en el proyector</translation>
        </message>
        <message>
            <source>Show the day's agenda</source>
            <translation>Mostrar la agenda del día</translation>
        </message>
        <message>
            <source>&amp;Dark projector theme</source>
            <translation>Tema &amp;oscuro del proyector</translation>
        </message>
        <message>
            <source>White on dark (off: black on white)</source>
            <translation>Blanco sobre oscuro (desactivado: negro sobre blanco)</translation>
        </message>
        <message>
            <source>Projector &amp;screen</source>
            <translation>Pan&amp;talla del proyector</translation>
        </message>
        <message>
            <source>Select a note or a cluster on the board to spotlight it.</source>
            <translation>Seleccione una nota o un grupo del tablero para ponerlo en el foco.</translation>
        </message>
        <message>
            <source>Automatic (the screen the laptop is not on)</source>
            <translation>Automática (la pantalla que no es la del portátil)</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWiring</name>
        <message>
            <source>Run</source>
            <translation>Dirigir</translation>
        </message>
        <message>
            <source>&amp;Projector</source>
            <translation>&amp;Proyector</translation>
        </message>
        <message>
            <source>&amp;Run panel</source>
            <translation>Panel de &amp;dirección</translation>
        </message>
        <message>
            <source>&amp;Start activity</source>
            <translation>&amp;Iniciar actividad</translation>
        </message>
        <message>
            <source>&amp;Finish activity</source>
            <translation>&amp;Terminar actividad</translation>
        </message>
        <message>
            <source>Go to &amp;next activity</source>
            <translation>Ir a la actividad &amp;siguiente</translation>
        </message>
    </context>
    <context>
        <name>ProjectsTab</name>
        <message>
            <source>Paste projects</source>
            <extracomment>Asks for pasted lines (None to cancel); tests replace it. Asks for a .pb path to open or to save (None to cancel); tests replace them.</extracomment>
            <translation>Pegar proyectos</translation>
        </message>
        <message>
            <source>One project a line: title; cost; category; organisation</source>
            <translation>Un proyecto por línea: título; coste; categoría; organización</translation>
        </message>
        <message>
            <source>Import a Pabulib file</source>
            <translation>Importar un archivo Pabulib</translation>
        </message>
        <message>
            <source>Pabulib (*.pb)</source>
            <translation>Pabulib (*.pb)</translation>
        </message>
        <message>
            <source>Export as Pabulib</source>
            <translation>Exportar como Pabulib</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>e.g. 20000</source>
            <translation>p. ej. 20000</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Set budget</source>
            <translation>Fijar presupuesto</translation>
        </message>
        <message>
            <source>Set the budget and its currency</source>
            <translation>Fijar el presupuesto y su moneda</translation>
        </message>
        <message>
            <source>Budget:</source>
            <translation>Presupuesto:</translation>
        </message>
        <message>
            <source>Secret ballots until revealed</source>
            <translation>Papeletas secretas hasta revelar</translation>
        </message>
        <message>
            <source>Most projects on a ballot</source>
            <translation>Máximo de proyectos por papeleta</translation>
        </message>
        <message>
            <source>Most total cost on a ballot</source>
            <translation>Coste total máximo por papeleta</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>Points per ballot (cumulative)</source>
            <translation>Puntos por papeleta (acumulativo)</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Fijar</translation>
        </message>
        <message>
            <source>Set the ballot rules</source>
            <translation>Fijar las reglas de la papeleta</translation>
        </message>
        <message>
            <source>Ballot limits:</source>
            <translation>Límites:</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Project title</source>
            <translation>Título del proyecto</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>Nuevo proyecto…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add the project (Enter)</source>
            <translation>Añadir el proyecto (Intro)</translation>
        </message>
        <message>
            <source>Note or cluster to make a project from</source>
            <translation>Nota o grupo del que hacer un proyecto</translation>
        </message>
        <message>
            <source>Fro&amp;m the board:</source>
            <translation>De&amp;sde el tablero:</translation>
        </message>
        <message>
            <source>Make project</source>
            <translation>Crear proyecto</translation>
        </message>
        <message>
            <source>Make a project from the note or cluster, with the cost typed</source>
            <translation>Crear un proyecto a partir de la nota o el grupo, con el coste escrito</translation>
        </message>
        <message>
            <source>Paste…</source>
            <translation>Pegar…</translation>
        </message>
        <message>
            <source>Paste projects, one a line</source>
            <translation>Pegar proyectos, uno por línea</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected project</source>
            <translation>Quitar el proyecto seleccionado</translation>
        </message>
        <message>
            <source>Import .pb…</source>
            <translation>Importar .pb…</translation>
        </message>
        <message>
            <source>Export .pb…</source>
            <translation>Exportar .pb…</translation>
        </message>
        <message>
            <source>Export as a Pabulib file</source>
            <translation>Exportar como archivo Pabulib</translation>
        </message>
        <message>
            <source>%1 (0: no limit)</source>
            <translation>%1 (0: sin límite)</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>aprobación</translation>
        </message>
        <message>
            <source>No brainstorm notes or clusters to make a project from.</source>
            <translation>No hay notas ni grupos de lluvia de ideas de los que hacer un proyecto.</translation>
        </message>
        <message>
            <source>Type the project's cost in the Cost box first.</source>
            <translation>Escriba antes el coste del proyecto en la casilla Coste.</translation>
        </message>
        <message>
            <source>Imported. %1</source>
            <translation>Importado. %1</translation>
        </message>
        <message>
            <source>The ballots are secret: reveal the results before exporting.</source>
            <translation>Las papeletas son secretas: revele los resultados antes de exportar.</translation>
        </message>
    </context>
    <context>
        <name>PromptScreen</name>
        <message>
            <source>No prompt for the room yet.</source>
            <translation>Aún no hay pregunta para la sala.</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pregunta que ve la sala</translation>
        </message>
        <message>
            <source>Facilitator notes (never shown to the room): {notes}</source>
            <translation>Notas de facilitación (nunca se muestran a la sala): {notes}</translation>
        </message>
    </context>
    <context>
        <name>ProxyPanel</name>
        <message>
            <source>Vote on behalf of:</source>
            <translation>Votar en nombre de:</translation>
        </message>
        <message>
            <source>Participant voted for by proxy</source>
            <translation>Participante por quien se vota por delegación</translation>
        </message>
        <message>
            <source>Place their dots as they asked (click or +, right-click or -), then cast the ballot (Ctrl+Enter). It is recorded as a proxy.</source>
            <translation>Coloque sus puntos como lo pidió (clic o +, clic derecho o -) y emita la papeleta (Ctrl+Intro). Se registra como voto delegado.</translation>
        </message>
        <message>
            <source>Items on the proxy ballot</source>
            <translation>Elementos de la papeleta delegada</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Clear the proxy ballot</source>
            <translation>Vaciar la papeleta delegada</translation>
        </message>
        <message>
            <source>Cast proxy ballot (Ctrl+Enter)</source>
            <translation>Emitir voto delegado (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Cast proxy ballot</source>
            <translation>Emitir voto delegado</translation>
        </message>
        <message>
            <source>Everyone already has a ballot.</source>
            <translation>Todas las personas tienen ya papeleta.</translation>
        </message>
        <message>
            <source>Proxy ballot for %1 cast.</source>
            <translation>Voto delegado de %1 emitido.</translation>
        </message>
    </context>
    <context>
        <name>PulseEntry</name>
        <message>
            <source>Tally: counts lowest value first</source>
            <translation>Recuento: cifras desde el valor más bajo</translation>
        </message>
        <message>
            <source>Counts, lowest value first, e.g. 0 1 3 6 2 0 (Enter)</source>
            <translation>Cifras desde el valor más bajo, p. ej. 0 1 3 6 2 0 (Intro)</translation>
        </message>
        <message>
            <source>Who is answering (when not anonymous)</source>
            <translation>Quién responde (si no es anónimo)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Paper tally (Alt+T)</source>
            <translation>Recuento en papel (Alt+T)</translation>
        </message>
        <message>
            <source>One &amp;by one</source>
            <translation>&amp;Una a una</translation>
        </message>
        <message>
            <source>Count for %1: %2</source>
            <translation>Recuento de %1: %2</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anónimo</translation>
        </message>
    </context>
    <context>
        <name>PulseResults</name>
        <message>
            <source>Results, rounds side by side</source>
            <translation>Resultados, rondas lado a lado</translation>
        </message>
        <message>
            <source>Histogram of round %1</source>
            <translation>Histograma de la ronda %1</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambio</translation>
        </message>
        <message>
            <source>moved %1</source>
            <translation>cambió %1</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) — hidden until you show them.</source>
            <translation>
                <numerusform>%n respuesta, oculta hasta que la muestre.</numerusform>
                <numerusform>%n respuestas, ocultas hasta que las muestre.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PulseScreen</name>
        <message>
            <source>Edit statement</source>
            <translation>Editar afirmación</translation>
        </message>
        <message>
            <source>Statement:</source>
            <translation>Afirmación:</translation>
        </message>
        <message>
            <source>Record the tally?</source>
            <translation>¿Registrar el recuento?</translation>
        </message>
        <message>
            <source>Ask again</source>
            <translation>Volver a preguntar</translation>
        </message>
        <message>
            <source>Name of the new round (e.g. Check-out):</source>
            <translation>Nombre de la nueva ronda (p. ej. Cierre):</translation>
        </message>
        <message>
            <source>Prompt shown to the room</source>
            <translation>Pregunta que ve la sala</translation>
        </message>
        <message>
            <source>New statement</source>
            <translation>Nueva afirmación</translation>
        </message>
        <message>
            <source>New statement, e.g. I trust this group… (Enter)</source>
            <translation>Nueva afirmación, p. ej. Confío en este grupo… (Intro)</translation>
        </message>
        <message>
            <source>Scale of the new statement</source>
            <translation>Escala de la nueva afirmación</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add statement (Enter)</source>
            <translation>Añadir afirmación (Intro)</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Afirmaciones</translation>
        </message>
        <message>
            <source>Impact check</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>Add the five collective impact statements (Ctrl+I)</source>
            <translation>Añadir las cinco afirmaciones de impacto colectivo (Ctrl+I)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected statement (Delete)</source>
            <translation>Quitar la afirmación seleccionada (Supr)</translation>
        </message>
        <message>
            <source>Statement asked</source>
            <translation>Afirmación preguntada</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Ronda</translation>
        </message>
        <message>
            <source>Ask again…</source>
            <translation>Repetir…</translation>
        </message>
        <message>
            <source>Ask the statement again as a new round (Ctrl+R)</source>
            <translation>Volver a preguntar la afirmación en una nueva ronda (Ctrl+R)</translation>
        </message>
        <message>
            <source>Show results</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show or hide this round's results (Ctrl+Shift+R)</source>
            <translation>Mostrar u ocultar los resultados de esta ronda (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <source>Clear answers</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear this round's tally and answers</source>
            <translation>Borrar el recuento y las respuestas de esta ronda</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Sho&amp;w the shift</source>
            <translation>Mo&amp;strar el cambio</translation>
        </message>
        <message>
            <source>Show the rounds side by side with the change to the room</source>
            <translation>Mostrar a la sala las rondas lado a lado con el cambio</translation>
        </message>
        <message>
            <source>Show this statement's rounds side by side, with the change, on the projector</source>
            <translation>Mostrar en el proyector las rondas de esta afirmación lado a lado, con el cambio</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <source>Type the tally</source>
            <translation>Escribir el recuento</translation>
        </message>
        <message>
            <source>Show or hide results</source>
            <translation>Mostrar u ocultar resultados</translation>
        </message>
        <message>
            <source>Collective impact check</source>
            <translation>Comprobación de impacto colectivo</translation>
        </message>
        <message>
            <source>Remove statement</source>
            <translation>Quitar afirmación</translation>
        </message>
        <message>
            <source>How true is this for you? Show your fingers.</source>
            <translation>¿Hasta qué punto es cierto para usted? Muestre los dedos.</translation>
        </message>
        <message>
            <source>Add a statement to ask the room (Ctrl+N).</source>
            <translation>Añada una afirmación para preguntar a la sala (Ctrl+N).</translation>
        </message>
        <message>
            <source>Click here, then press %1–%2 for each answer.</source>
            <translation>Haga clic aquí y pulse %1–%2 por cada respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) typed this round</source>
            <translation>
                <numerusform>%n respuesta escrita en esta ronda</numerusform>
                <numerusform>%n respuestas escritas en esta ronda</numerusform>
            </translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anónimo</translation>
        </message>
        <message>
            <source>Results stay hidden while people answer at the laptop; show them with Ctrl+Shift+R. Undo (Ctrl+Z) takes back a wrong key.</source>
            <translation>Resultados ocultos mientras se responde; Ctrl+Mayús+R los muestra. Ctrl+Z anula un error.</translation>
        </message>
        <message>
            <source>“%1” looks like the show of hands. Record it as the tally of “%2” (%3) rather than as a new statement?</source>
            <translation>«%1» parece el resultado de la votación a mano alzada. ¿Registrarlo como recuento de «%2» (%3) en lugar de como nueva afirmación?</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>%1 is not on this scale: press %2–%3.</source>
            <translation>%1 no está en esta escala: pulse %2–%3.</translation>
        </message>
    </context>
    <context>
        <name>PurposeScreen</name>
        <message>
            <source>Who states a purpose</source>
            <extracomment>Which panels show which tables: a change to only these tables refreshes only those panels.</extracomment>
            <translation>Quién expresa un propósito</translation>
        </message>
        <message>
            <source>One purpose per participant</source>
            <translation>Un propósito por participante</translation>
        </message>
        <message>
            <source>One purpose per organisation</source>
            <translation>Un propósito por organización</translation>
        </message>
        <message>
            <source>Language of the statements</source>
            <translation>Idioma de los propósitos</translation>
        </message>
        <message>
            <source>Anonymous on the projector</source>
            <translation>Anónimo en el proyector</translation>
        </message>
        <message>
            <source>Hide who wrote each purpose on the projector</source>
            <translation>Ocultar en el proyector quién escribió cada propósito</translation>
        </message>
        <message>
            <source>Purposes from</source>
            <translation>Propósitos de</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Blend rounds, drafts and endorsement</source>
            <translation>Rondas de mezcla, borradores y respaldo</translation>
        </message>
        <message>
            <source>3 · Rounds</source>
            <translation>3 · Rondas</translation>
        </message>
        <message>
            <source>4 · Drafts</source>
            <translation>4 · Borradores</translation>
        </message>
        <message>
            <source>5 · Endorse</source>
            <translation>5 · Respaldo</translation>
        </message>
        <message>
            <source>Each party states its own purpose.</source>
            <translation>Cada parte expresa su propio propósito.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Our common purpose&lt;/b&gt; (draft %1): %2</source>
            <translation>&lt;b&gt;Nuestro propósito común&lt;/b&gt; (borrador %1): %2</translation>
        </message>
    </context>
    <context>
        <name>RadarWidget</name>
        <message>
            <source>median %1</source>
            <translation>mediana %1</translation>
        </message>
        <message>
            <source>Collective impact radar</source>
            <translation>Radar de impacto colectivo</translation>
        </message>
        <message>
            <source>%1: median %2</source>
            <translation>%1: mediana %2</translation>
        </message>
    </context>
    <context>
        <name>RankingTable</name>
        <message>
            <source>Rank</source>
            <extracomment>The dots column: its usual width, and how narrow it may get beside a long item.</extracomment>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Weighted dots</source>
            <translation>Puntos ponderados</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>%1 (tie)</source>
            <translation>%1 (empate)</translation>
        </message>
        <message>
            <source>(%1 on paper)</source>
            <translation>(%1 en papel)</translation>
        </message>
        <message>
            <source>not ranked: no dots</source>
            <translation>sin puesto: sin puntos</translation>
        </message>
    </context>
    <context>
        <name>ReciprocityMap</name>
        <message>
            <source>Reciprocity map</source>
            <extracomment>A flagged party's border: its colour (≥ 3:1 on white) and a line of its own, so the flag never rests on colour alone (the list beside the map says it in words). Where the names go depends on the parties, the ring and the font, never on the arrows: confirming a match (a new arrow) repaints the map without placing every name again.</extracomment>
            <translation>Mapa de reciprocidad</translation>
        </message>
        <message>
            <source>%1 gives %2 (%3)</source>
            <translation>%1 da a %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) on the map</source>
            <translation>
                <numerusform>%n nombre en el mapa</numerusform>
                <numerusform>%n nombres en el mapa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n arrow(s)</source>
            <translation>
                <numerusform>%n flecha</numerusform>
                <numerusform>%n flechas</numerusform>
            </translation>
        </message>
        <message>
            <source>No offers or asks yet: the map fills as they come.</source>
            <translation>Aún no hay ofertas ni peticiones: el mapa se llena a medida que llegan.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>kept secret: fewer than 3 voters</source>
            <extracomment>The longest action text a ranked item becomes. Where a ranking row keeps its item's title (the shown text may be shortened). The domain's words for a small organisation's hidden choices, as the laptop says them.</extracomment>
            <translation>en secreto: menos de 3 votantes</translation>
        </message>
        <message>
            <source>Ballots are secret: an organisation's choices are shown only when at least 3 of its people voted (with fewer, they would nearly give away each person's ballot).</source>
            <translation>Las papeletas son secretas: las elecciones de una organización solo se muestran si votaron al menos 3 de sus personas (con menos, casi revelarían la papeleta de cada una).</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <extracomment>Ties named above the ranking (the ranking marks every tie), and items named per tie. Rows of a ranking and of the organisations shown before the results page scrolls.</extracomment>
            <translation>Revelar resultados</translation>
        </message>
        <message>
            <source>Reveal or hide the results</source>
            <translation>Revelar u ocultar los resultados</translation>
        </message>
        <message>
            <source>Reveal or hide the results (Ctrl+R); undoable</source>
            <translation>Revelar u ocultar los resultados (Ctrl+R); se puede deshacer</translation>
        </message>
        <message>
            <source>Each organisation &amp;weighs the same</source>
            <translation>Cada organi&amp;zación pesa lo mismo</translation>
        </message>
        <message>
            <source>Each organisation weighs the same</source>
            <translation>Cada organización pesa lo mismo</translation>
        </message>
        <message>
            <source>Show both rankings side by side: dots as cast, and with each organisation weighing the same</source>
            <translation>Mostrar ambas clasificaciones lado a lado: puntos tal como se emitieron y con el mismo peso por organización</translation>
        </message>
        <message>
            <source>Ranking by dots as cast</source>
            <translation>Clasificación por puntos emitidos</translation>
        </message>
        <message>
            <source>Ranking with each organisation weighing the same</source>
            <translation>Clasificación con el mismo peso por organización</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dots as cast&lt;/b&gt;</source>
            <translation>&lt;b&gt;Puntos emitidos&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Each organisation weighs the same&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cada organización pesa lo mismo&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Ma&amp;ke action</source>
            <translation>Crear acci&amp;ón</translation>
        </message>
        <message>
            <source>Make an action from the selected result</source>
            <translation>Crear una acción a partir del resultado seleccionado</translation>
        </message>
        <message>
            <source>Put the selected result on the workshop's action list (Alt+K or Ctrl+Shift+T); undoable</source>
            <translation>Añadir el resultado seleccionado a la lista de acciones del taller (Alt+K o Ctrl+Mayús+T); se puede deshacer</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>Crear acción</translation>
        </message>
        <message>
            <source>Breakdown by organisation</source>
            <translation>Desglose por organización</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Votantes</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Each dot counts</source>
            <translation>Valor de cada punto</translation>
        </message>
        <message>
            <source>Most dots on</source>
            <translation>Más puntos en</translation>
        </message>
        <message>
            <source>&lt;b&gt;By organisation&lt;/b&gt;</source>
            <translation>&lt;b&gt;Por organización&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Make agenda from results</source>
            <translation>Crear agenda con los resultados</translation>
        </message>
        <message>
            <source>T&amp;op</source>
            <translation>Lo&amp;s primeros</translation>
        </message>
        <message>
            <source>Take the top items</source>
            <translation>Tomar los primeros elementos</translation>
        </message>
        <message>
            <source>How many top items</source>
            <translation>Cuántos de los primeros</translation>
        </message>
        <message>
            <source>All with at &amp;least</source>
            <translation>Con al &amp;menos</translation>
        </message>
        <message>
            <source>Take all items with at least this many dots</source>
            <translation>Tomar todos los elementos con al menos estos puntos</translation>
        </message>
        <message>
            <source>Minimum dots</source>
            <translation>Mínimo de puntos</translation>
        </message>
        <message>
            <source> dots</source>
            <translation> puntos</translation>
        </message>
        <message>
            <source>Timebox of each new item in minutes</source>
            <translation>Tiempo de cada nuevo elemento, en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Min&amp;utes each</source>
            <translation>Min. por &amp;bloque</translation>
        </message>
        <message>
            <source>&amp;Make agenda from results</source>
            <translation>Crear a&amp;genda</translation>
        </message>
        <message>
            <source>Add the chosen results to the agenda after this vote (Alt+M); undoable</source>
            <translation>Añadir los resultados elegidos a la agenda tras esta votación (Alt+M); se puede deshacer</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ocultar resultados</translation>
        </message>
        <message>
            <source>Results are hidden until you reveal them (Ctrl+R).</source>
            <translation>Los resultados están ocultos hasta que los revele (Ctrl+R).</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n people have voted; %2 paper dots tallied.</source>
            <translation>
                <numerusform>Ha votado %1 de %n persona; %2 puntos en papel contados.</numerusform>
                <numerusform>Han votado %1 de %n personas; %2 puntos en papel contados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n votante</numerusform>
                <numerusform>%n votantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) on ballots</source>
            <translation>
                <numerusform>%n punto en papeletas</numerusform>
                <numerusform>%n puntos en papeletas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n en papel</numerusform>
                <numerusform>%n en papel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) cast in all</source>
            <translation>
                <numerusform>%n punto emitido en total</numerusform>
                <numerusform>%n puntos emitidos en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> y %n más</numerusform>
                <numerusform> y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tie for place %1 (%n dot(s) each): %2</source>
            <translation>
                <numerusform>Empate en el puesto %1 (%n punto cada uno): %2</numerusform>
                <numerusform>Empate en el puesto %1 (%n puntos cada uno): %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more tie(s) (see the ranking).</source>
            <translation>
                <numerusform>… y %n empate más (vea la clasificación).</numerusform>
                <numerusform>… y %n empates más (vea la clasificación).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 min)</source>
            <translation>%1 (%2 min)</translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the equal-weight ranking: %1.</source>
            <translation>
                <numerusform>Añade %n actividad tras esta votación, según la clasificación con igual peso: %1.</numerusform>
                <numerusform>Añade %n actividades tras esta votación, según la clasificación con igual peso: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Adds %n activity(-ies) after this vote, from the ranking as cast: %1.</source>
            <translation>
                <numerusform>Añade %n actividad tras esta votación, según la clasificación emitida: %1.</numerusform>
                <numerusform>Añade %n actividades tras esta votación, según la clasificación emitida: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reveal the results first, then pick the result to act on.</source>
            <translation>Revele antes los resultados y elija después el resultado sobre el que actuar.</translation>
        </message>
        <message>
            <source>Select a result in the ranking first: it becomes an action.</source>
            <translation>Seleccione antes un resultado de la clasificación: se convertirá en acción.</translation>
        </message>
    </context>
    <context>
        <name>ResultsTab</name>
        <message>
            <source>Greedy by votes</source>
            <extracomment>The rules' names on the laptop, in the app's language (the domain's own labels stay English for the room's catalogue and the handout).</extracomment>
            <translation>Voraz por votos</translation>
        </message>
        <message>
            <source>Equal Shares (cost satisfaction)</source>
            <translation>Partes Iguales (satisfacción por coste)</translation>
        </message>
        <message>
            <source>Equal Shares (cardinality satisfaction)</source>
            <translation>Partes Iguales (satisfacción por cardinalidad)</translation>
        </message>
        <message>
            <source>Equal Shares, completed</source>
            <translation>Partes Iguales, completado</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>Revelar resultados</translation>
        </message>
        <message>
            <source>Reveal or hide the results (Ctrl+Shift+R)</source>
            <translation>Revelar u ocultar los resultados (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <source>Projector &amp;shows:</source>
            <translation>El proyector &amp;muestra:</translation>
        </message>
        <message>
            <source>Rule the projector shows</source>
            <translation>Regla que muestra el proyector</translation>
        </message>
        <message>
            <source>The ballots are secret: the results stay hidden until you reveal them.</source>
            <translation>Las papeletas son secretas: los resultados siguen ocultos hasta que los revele.</translation>
        </message>
        <message>
            <source>Counting the votes… The results appear here when they are ready.</source>
            <translation>Contando los votos… Los resultados aparecerán aquí cuando estén listos.</translation>
        </message>
        <message>
            <source>Comparison of the two rules</source>
            <translation>Comparación de las dos reglas</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Gastado</translation>
        </message>
        <message>
            <source>Voters with a project funded</source>
            <translation>Votantes con un proyecto financiado</translation>
        </message>
        <message>
            <source>Every project under both rules</source>
            <translation>Cada proyecto con ambas reglas</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Coste</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>Greedy</source>
            <translation>Voraz</translation>
        </message>
        <message>
            <source>Why (greedy)</source>
            <translation>Por qué (voraz)</translation>
        </message>
        <message>
            <source>Equal Shares</source>
            <translation>Partes Iguales</translation>
        </message>
        <message>
            <source>Why (Equal Shares)</source>
            <translation>Por qué (Partes Iguales)</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ocultar resultados</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Promesa</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para quién</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;1 Done</source>
            <translation>&amp;1 Hecho</translation>
        </message>
        <message>
            <source>&amp;2 In progress</source>
            <translation>&amp;2 En curso</translation>
        </message>
        <message>
            <source>&amp;3 Dropped</source>
            <translation>&amp;3 Abandonado</translation>
        </message>
        <message>
            <source>Not reviewed</source>
            <extracomment>The domain's promise statuses as the laptop names them.</extracomment>
            <translation>Sin revisar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <source>no status</source>
            <extracomment>What an empty cell reads out, per column.</extracomment>
            <translation>sin estado</translation>
        </message>
        <message>
            <source>no promise</source>
            <translation>sin promesa</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>sin responsable</translation>
        </message>
        <message>
            <source>no receiver</source>
            <translation>sin destinatario</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>sin plazo</translation>
        </message>
        <message>
            <source>no meeting</source>
            <translation>sin reunión</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>sin nota</translation>
        </message>
        <message>
            <source>What was promised</source>
            <extracomment>Tables whose change redraws the series' side (this meeting's own figures).</extracomment>
            <translation>Lo que se prometió</translation>
        </message>
        <message>
            <source>Mark as: %1</source>
            <translation>Marcar como: %1</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>Nota de revisión</translation>
        </message>
        <message>
            <source>A note on where it stands (Enter keeps it)</source>
            <translation>Una nota sobre cómo va (Intro la guarda)</translation>
        </message>
        <message>
            <source>Pulse statements across meetings</source>
            <translation>Afirmaciones de pulso a lo largo de las reuniones</translation>
        </message>
        <message>
            <source>Reciprocity over the series</source>
            <translation>Reciprocidad a lo largo de la serie</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Offers</source>
            <translation>Ofertas</translation>
        </message>
        <message>
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Prometido</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>Reciprocity</source>
            <translation>Reciprocidad</translation>
        </message>
        <message>
            <source>Meeting %1: what was promised since “%2”</source>
            <translation>Reunión %1: lo prometido desde «%2»</translation>
        </message>
        <message>
            <source>Meeting %1: what was promised</source>
            <translation>Reunión %1: lo prometido</translation>
        </message>
        <message>
            <source>Our common purpose: %1</source>
            <translation>Nuestro propósito común: %1</translation>
        </message>
        <message>
            <source>Nothing was promised at the last meeting (or this is the first one): use File › Next meeting… from a meeting to bring its promises here.</source>
            <translation>No se prometió nada en la última reunión (o esta es la primera): use Archivo › Siguiente reunión… desde una reunión para traer aquí sus promesas.</translation>
        </message>
    </context>
    <context>
        <name>RoomSection</name>
        <message>
            <source>LIVE — the room sees this</source>
            <translation>EN DIRECTO — la sala ve esto</translation>
        </message>
        <message>
            <source>BLANK — the projector is black</source>
            <translation>EN NEGRO — el proyector está en negro</translation>
        </message>
        <message>
            <source>FROZEN — the room sees a still picture</source>
            <translation>CONGELADO — la sala ve una imagen fija</translation>
        </message>
        <message>
            <source>Projector closed (F5 opens it)</source>
            <translation>Proyector cerrado (F5 lo abre)</translation>
        </message>
        <message>
            <source>What the room sees</source>
            <translation>Lo que ve la sala</translation>
        </message>
        <message>
            <source>The activity the room sees</source>
            <translation>La actividad que ve la sala</translation>
        </message>
        <message>
            <source>The activity you are looking at (not shown)</source>
            <translation>La actividad que está viendo (no se muestra)</translation>
        </message>
        <message>
            <source>Show in room</source>
            <translation>Mostrar en la sala</translation>
        </message>
        <message>
            <source>Previous page on the projector</source>
            <translation>Página anterior en el proyector</translation>
        </message>
        <message>
            <source>Next page on the projector</source>
            <translation>Página siguiente en el proyector</translation>
        </message>
        <message>
            <source>Page the room sees</source>
            <translation>Página que ve la sala</translation>
        </message>
        <message>
            <source>Preview of the projector</source>
            <translation>Vista previa del proyector</translation>
        </message>
        <message>
            <source>On {screen}, full screen</source>
            <translation>En {screen}, a pantalla completa</translation>
        </message>
        <message>
            <source>On {screen}, a window</source>
            <translation>En {screen}, en una ventana</translation>
        </message>
        <message>
            <source>the welcome</source>
            <translation>la bienvenida</translation>
        </message>
        <message>
            <source>a note in the spotlight (Esc returns) — {name}</source>
            <translation>una nota en el foco (Esc vuelve) — {name}</translation>
        </message>
        <message>
            <source>a cluster in the spotlight (Esc returns) — {name}</source>
            <translation>un grupo en el foco (Esc vuelve) — {name}</translation>
        </message>
        <message>
            <source>the agenda — {name}</source>
            <translation>la agenda — {name}</translation>
        </message>
        <message>
            <source>Room sees: {name}</source>
            <translation>La sala ve: {name}</translation>
        </message>
        <message>
            <source>You are looking at: {title}</source>
            <translation>Está viendo: {title}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>RoundsPanel</name>
        <message>
            <source>Pairs</source>
            <extracomment>Each round's words on the laptop: its name, one group in it ("%1": the number), a new one.</extracomment>
            <translation>Parejas</translation>
        </message>
        <message>
            <source>Pair %1</source>
            <translation>Pareja %1</translation>
        </message>
        <message>
            <source>A new pair</source>
            <translation>Una pareja nueva</translation>
        </message>
        <message>
            <source>Fours</source>
            <translation>Cuartetos</translation>
        </message>
        <message>
            <source>Four %1</source>
            <translation>Cuarteto %1</translation>
        </message>
        <message>
            <source>A new four</source>
            <translation>Un cuarteto nuevo</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n group(s))</source>
            <translation>
                <numerusform>%1 (%n grupo)</numerusform>
                <numerusform>%1 (%n grupos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pr&amp;opose pairs</source>
            <translation>Proponer pare&amp;jas</translation>
        </message>
        <message>
            <source>Propose pairs</source>
            <translation>Proponer parejas</translation>
        </message>
        <message>
            <source>Propose fo&amp;urs</source>
            <translation>Proponer c&amp;uartetos</translation>
        </message>
        <message>
            <source>Propose fours from the pairs</source>
            <translation>Proponer cuartetos a partir de las parejas</translation>
        </message>
        <message>
            <source>Most &amp;similar together</source>
            <translation>&amp;Los más parecidos juntos</translation>
        </message>
        <message>
            <source>Group the most similar statements</source>
            <translation>Agrupar los propósitos más parecidos</translation>
        </message>
        <message>
            <source>By default each group joins the least similar statements, so the blend crosses differences.</source>
            <translation>Por defecto cada grupo reúne los propósitos menos parecidos, para que la mezcla cruce diferencias.</translation>
        </message>
        <message>
            <source>Blend groups</source>
            <translation>Grupos de mezcla</translation>
        </message>
        <message>
            <source>Group to move the selected party to</source>
            <translation>Grupo al que mover la parte seleccionada</translation>
        </message>
        <message>
            <source>Move selected party to</source>
            <translation>Mover la parte a</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Move the selected party</source>
            <translation>Mover la parte seleccionada</translation>
        </message>
        <message>
            <source>Clear round</source>
            <translation>Vaciar ronda</translation>
        </message>
        <message>
            <source>Clear the selected round</source>
            <translation>Vaciar la ronda seleccionada</translation>
        </message>
        <message>
            <source>Select a group to capture what it blended.</source>
            <translation>Seleccione un grupo para anotar lo que mezcló.</translation>
        </message>
        <message>
            <source>The selected group's blended statement</source>
            <translation>El propósito mezclado del grupo seleccionado</translation>
        </message>
        <message>
            <source>What this group blended… (Ctrl+Enter captures)</source>
            <translation>Lo que mezcló este grupo… (Ctrl+Intro lo anota)</translation>
        </message>
        <message>
            <source>Captu&amp;re</source>
            <translation>An&amp;otar</translation>
        </message>
        <message>
            <source>Capture the group's blended statement</source>
            <translation>Anotar el propósito mezclado del grupo</translation>
        </message>
        <message>
            <source>%1: none proposed yet</source>
            <translation>%1: ninguno propuesto aún</translation>
        </message>
        <message>
            <source>similarity %1</source>
            <translation>similitud %1</translation>
        </message>
        <message>
            <source>What did this group blend? (Ctrl+Enter captures)</source>
            <translation>¿Qué mezcló este grupo? (Ctrl+Intro lo anota)</translation>
        </message>
    </context>
    <context>
        <name>RunClock</name>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Start or pause the timer</source>
            <translation>Iniciar o pausar el temporizador</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <source>Reset the timer to the full timebox</source>
            <translation>Volver a poner el temporizador al tiempo completo</translation>
        </message>
        <message>
            <source>One more minute</source>
            <translation>Un minuto más</translation>
        </message>
        <message>
            <source>One minute less</source>
            <translation>Un minuto menos</translation>
        </message>
        <message>
            <source>Sound at zero</source>
            <translation>Pitido al final</translation>
        </message>
        <message>
            <source>Beep when the time is up</source>
            <translation>Pitar cuando se acabe el tiempo</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>overtime — planned {minutes} min</source>
            <translation>tiempo extra — previstos {minutes} min</translation>
        </message>
        <message>
            <source>last minute</source>
            <translation>último minuto</translation>
        </message>
        <message>
            <source>planned {minutes} min</source>
            <translation>previstos {minutes} min</translation>
        </message>
        <message>
            <source>done · planned {minutes} min</source>
            <translation>terminada · previstos {minutes} min</translation>
        </message>
        <message>
            <source>done · took {took} · planned {minutes} min</source>
            <translation>terminada · duró {took} · previstos {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>RunPanel</name>
        <message>
            <source>Start activity</source>
            <translation>Comenzar</translation>
        </message>
        <message>
            <source>Start this activity (status: running)</source>
            <translation>Iniciar esta actividad (estado: en marcha)</translation>
        </message>
        <message>
            <source>Finish activity</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <source>Finish this activity (status: done)</source>
            <translation>Terminar esta actividad (estado: terminada)</translation>
        </message>
        <message>
            <source>Go to next</source>
            <translation>Ir a la siguiente</translation>
        </message>
        <message>
            <source>Go to the proposed next activity</source>
            <translation>Ir a la siguiente actividad propuesta</translation>
        </message>
        <message>
            <source>Restart activity</source>
            <translation>Reiniciar actividad</translation>
        </message>
        <message>
            <source>No activity selected</source>
            <translation>Ninguna actividad seleccionada</translation>
        </message>
        <message>
            <source>No workshop open</source>
            <translation>Ningún taller abierto</translation>
        </message>
        <message>
            <source>Next: {title}</source>
            <translation>Siguiente: {title}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <source>Brainstorm to vote on</source>
            <translation>Lluvia de ideas que votar</translation>
        </message>
        <message>
            <source>Vote on notes or clusters</source>
            <translation>Votar notas o grupos</translation>
        </message>
        <message>
            <source>its notes</source>
            <translation>sus notas</translation>
        </message>
        <message>
            <source>its clusters</source>
            <translation>sus grupos</translation>
        </message>
        <message>
            <source>its clusters and loose notes</source>
            <translation>sus grupos y notas sueltas</translation>
        </message>
        <message>
            <source>What is on the ballot</source>
            <extracomment>What is and is not on the ballot with the settings shown (before Apply too).</extracomment>
            <translation>Qué entra en la papeleta</translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>Puntos por persona</translation>
        </message>
        <message>
            <source>Most dots one person may put on one item</source>
            <translation>Máximo de puntos de una persona en un elemento</translation>
        </message>
        <message>
            <source>People may vote for their own notes</source>
            <translation>Se pueden votar las notas propias</translation>
        </message>
        <message>
            <source>Secret ballots</source>
            <translation>Papeletas secretas</translation>
        </message>
        <message>
            <source>The screen shows who has voted, never what.</source>
            <translation>La pantalla muestra quién ha votado, nunca qué.</translation>
        </message>
        <message>
            <source>Vote on the brainstorm</source>
            <translation>Votar la lluvia de ideas</translation>
        </message>
        <message>
            <source>Vote on</source>
            <translation>Votar</translation>
        </message>
        <message>
            <source>Most dots on one item</source>
            <translation>Máx. puntos por elemento</translation>
        </message>
        <message>
            <source>Appl&amp;y settings</source>
            <translation>Aplicar aju&amp;stes</translation>
        </message>
        <message>
            <source>Apply settings</source>
            <translation>Aplicar ajustes</translation>
        </message>
        <message>
            <source>Reset vote</source>
            <translation>Reiniciar votación</translation>
        </message>
        <message>
            <source>Reset vote: remove every ballot and tally (undoable)</source>
            <translation>Reiniciar votación: quita todas las papeletas y recuentos (se puede deshacer)</translation>
        </message>
        <message>
            <source>Removes every ballot, dot and paper tally. Ctrl+Z brings them back.</source>
            <translation>Quita todas las papeletas, puntos y recuentos en papel. Ctrl+Z los recupera.</translation>
        </message>
        <message>
            <source>Close vote</source>
            <translation>Cerrar votación</translation>
        </message>
        <message>
            <source>Close or reopen the vote</source>
            <translation>Cerrar o reabrir la votación</translation>
        </message>
        <message>
            <source>(choose a brainstorm)</source>
            <translation>(elija una lluvia de ideas)</translation>
        </message>
        <message>
            <source>Settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>Los ajustes están fijos porque ya hay puntos emitidos. Reinicie la votación para cambiarlos (puede deshacer el reinicio).</translation>
        </message>
        <message>
            <source>Reopen vote</source>
            <translation>Reabrir votación</translation>
        </message>
    </context>
    <context>
        <name>Share</name>
        <message>
            <source>Share a copy</source>
            <translation>Compartir una copia</translation>
        </message>
        <message>
            <source>The copy shows each secret vote as totals per item, not who put which dots.

Keep the list of who has voted (without their choices)?</source>
            <translation>La copia muestra cada votación secreta como totales por elemento, no quién puso qué puntos.

¿Conservar la lista de quién ha votado (sin sus elecciones)?</translation>
        </message>
        <message>
            <source>Share an anonymised copy</source>
            <translation>Compartir una copia anonimizada</translation>
        </message>
        <message>
            <source>The shared copy needs another name than the workshop itself.</source>
            <translation>La copia compartida necesita un nombre distinto del propio taller.</translation>
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item (with who has voted).</source>
            <translation>Se escribió una copia anonimizada en «{name}»: sin autores en notas, propósitos y respuestas anónimos; votaciones secretas como totales por elemento (con quién ha votado).</translation>
        </message>
        <message>
            <source>Wrote an anonymised copy to “{name}”: no authors on anonymous notes, statements and answers; secret votes as totals per item.</source>
            <translation>Se escribió una copia anonimizada en «{name}»: sin autores en notas, propósitos y respuestas anónimos; votaciones secretas como totales por elemento.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Capture ideas, vote fairly, blend purposes and keep time — offline, in one file.</source>
            <translation>Recoja ideas, vote con equidad, mezcle propósitos y controle el tiempo: sin conexión, en un solo archivo.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nuevo taller…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Abrir la demostración</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Talleres recientes</translation>
        </message>
    </context>
    <context>
        <name>StatementsPanel</name>
        <message>
            <source>1 · Own purposes</source>
            <translation>1 · Propósitos propios</translation>
        </message>
        <message>
            <source>Whose purpose (type a name)</source>
            <translation>De quién es el propósito (escriba un nombre)</translation>
        </message>
        <message>
            <source>Whose purpose?</source>
            <translation>¿De quién es?</translation>
        </message>
        <message>
            <source>Purpose statement</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <source>We are here to…  (Enter adds it)</source>
            <translation>Estamos aquí para…  (Intro lo añade)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add purpose statement</source>
            <translation>Añadir propósito</translation>
        </message>
        <message>
            <source>Purpose statements</source>
            <translation>Propósitos</translation>
        </message>
        <message>
            <source>Edi&amp;t</source>
            <translation>Edita&amp;r</translation>
        </message>
        <message>
            <source>Edit the selected statement</source>
            <translation>Editar el propósito seleccionado</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected statement</source>
            <translation>Quitar el propósito seleccionado</translation>
        </message>
        <message>
            <source>Organisation…</source>
            <translation>Organización…</translation>
        </message>
        <message>
            <source>Participant…</source>
            <translation>Participante…</translation>
        </message>
        <message>
            <source>1 · Own purposes (%1)</source>
            <translation>1 · Propósitos propios (%1)</translation>
        </message>
        <message>
            <source>Nobody called “%1” is on the participant list.</source>
            <translation>No hay nadie llamado «%1» en la lista de participantes.</translation>
        </message>
        <message>
            <source>Type whose purpose this is.</source>
            <translation>Escriba de quién es este propósito.</translation>
        </message>
        <message>
            <source>Saved the purpose of %1. Next party:</source>
            <translation>Guardado el propósito de %1. Siguiente parte:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Editing the purpose of %1: Enter saves, Escape cancels.</source>
            <translation>Editando el propósito de %1: Intro guarda, Esc cancela.</translation>
        </message>
    </context>
    <context>
        <name>TableFilter</name>
        <message>
            <source>Show the notes of</source>
            <translation>Mostrar las notas de</translation>
        </message>
        <message>
            <source>Show every table's notes together, or one table at a time</source>
            <translation>Mostrar juntas las notas de todas las mesas, o una mesa cada vez</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>Todas las mesas</translation>
        </message>
        <message>
            <source>Main room only</source>
            <translation>Solo la sala principal</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <source>Count the paper dots on each sticky. Type the number and press Enter to go to the next item; + and - adjust the current one; Up/Down move.</source>
            <translation>Cuente los puntos en papel de cada nota. Escriba el número y pulse Intro para pasar al siguiente; + y - ajustan el actual; Arriba/Abajo se mueven.</translation>
        </message>
        <message>
            <source>Items and their paper dots</source>
            <translation>Elementos y sus puntos en papel</translation>
        </message>
        <message>
            <source>Paper dots on this item</source>
            <translation>Puntos en papel de este elemento</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>puntos</translation>
        </message>
        <message>
            <source>One paper dot less</source>
            <translation>Un punto en papel menos</translation>
        </message>
        <message>
            <source>One paper dot more</source>
            <translation>Un punto en papel más</translation>
        </message>
        <message numerus="yes">
            <source>Paper dots: %1 on %n item(s).</source>
            <translation>
                <numerusform>Puntos en papel: %1 en %n elemento.</numerusform>
                <numerusform>Puntos en papel: %1 en %n elementos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to tally yet.</source>
            <translation>Aún no hay nada que contar.</translation>
        </message>
        <message>
            <source>“%1”: %2 on paper</source>
            <translation>«%1»: %2 en papel</translation>
        </message>
    </context>
    <context>
        <name>ThemesPanel</name>
        <message>
            <source>2 · Where they meet</source>
            <translation>2 · Dónde coinciden</translation>
        </message>
        <message>
            <source>Shared themes</source>
            <translation>Temas compartidos</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>&amp;Merge (M)</source>
            <translation>Unir (&amp;M)</translation>
        </message>
        <message>
            <source>Merge the selected themes into one</source>
            <translation>Unir los temas seleccionados en uno</translation>
        </message>
        <message>
            <source>Hide (H)</source>
            <translation>Ocultar (H)</translation>
        </message>
        <message>
            <source>Hide the selected themes as noise</source>
            <translation>Ocultar los temas seleccionados como ruido</translation>
        </message>
        <message>
            <source>All terms</source>
            <translation>Todos los términos</translation>
        </message>
        <message>
            <source>Show terms used by one party too</source>
            <translation>Mostrar también términos de una sola parte</translation>
        </message>
        <message>
            <source>Sho&amp;w themes to the room</source>
            <translation>Mo&amp;strar temas</translation>
        </message>
        <message>
            <source>Show the shared themes on the projector</source>
            <translation>Mostrar los temas compartidos en el proyector</translation>
        </message>
        <message>
            <source>Phrases to count as one, separated by =</source>
            <translation>Frases que cuentan como una, separadas por =</translation>
        </message>
        <message>
            <source>young people = youth   (Enter merges)</source>
            <translation>gente joven = juventud   (Intro une)</translation>
        </message>
        <message>
            <source>Merged (select, Delete splits) · Hidden (select, Delete shows)</source>
            <translation>Unidos (seleccione; Supr separa) · Ocultos (seleccione; Supr muestra)</translation>
        </message>
        <message>
            <source>Merged terms</source>
            <translation>Términos unidos</translation>
        </message>
        <message>
            <source>Hidden terms</source>
            <translation>Términos ocultos</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Separar</translation>
        </message>
        <message>
            <source>Split the selected merge</source>
            <translation>Separar la unión seleccionada</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show the selected hidden term again</source>
            <translation>Volver a mostrar el término oculto seleccionado</translation>
        </message>
        <message numerus="yes">
            <source>2 · Where they meet (%n shared theme(s))</source>
            <translation>
                <numerusform>2 · Dónde coinciden (%n tema compartido)</numerusform>
                <numerusform>2 · Dónde coinciden (%n temas compartidos)</numerusform>
            </translation>
        </message>
        <message>
            <source>theme %1, </source>
            <translation>tema %1, </translation>
        </message>
        <message>
            <source>Select two or more themes to merge (Ctrl+click or Shift+arrows).</source>
            <translation>Seleccione dos o más temas para unir (Ctrl+clic o Mayús+flechas).</translation>
        </message>
    </context>
    <context>
        <name>TitleEditor</name>
        <message>
            <source>Cluster title</source>
            <translation>Título del grupo</translation>
        </message>
    </context>
    <context>
        <name>TrendsWidget</name>
        <message>
            <source>not asked</source>
            <translation>no preguntado</translation>
        </message>
        <message>
            <source> then </source>
            <translation> luego </translation>
        </message>
        <message>
            <source>Nothing asked yet</source>
            <translation>Aún no se ha preguntado nada</translation>
        </message>
        <message>
            <source>No trend yet: nothing was asked at two meetings.</source>
            <translation>Aún no hay tendencia: no se preguntó nada en dos reuniones.</translation>
        </message>
        <message>
            <source>Meeting %1</source>
            <translation>Reunión %1</translation>
        </message>
    </context>
    <context>
        <name>UndoRunner</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
    </context>
    <context>
        <name>VoteScreen</name>
        <message>
            <source>Ways to vote, results and settings</source>
            <translation>Formas de votar, resultados y ajustes</translation>
        </message>
        <message>
            <source>&amp;Ballot at the laptop</source>
            <translation>Pape&amp;leta en el portátil</translation>
        </message>
        <message>
            <source>&amp;Tally from paper</source>
            <translation>Rec&amp;uento en papel</translation>
        </message>
        <message>
            <source>Pro&amp;xy ballot</source>
            <translation>V&amp;oto delegado</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>Settin&amp;gs</source>
            <translation>A&amp;justes</translation>
        </message>
        <message>
            <source>&lt;b&gt;Who has voted&lt;/b&gt;</source>
            <translation>&lt;b&gt;Quién ha votado&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Who has voted</source>
            <translation>Quién ha votado</translation>
        </message>
        <message>
            <source>No brainstorm chosen yet: pick one under Settings.</source>
            <translation>Aún no hay lluvia de ideas elegida: elija una en Ajustes.</translation>
        </message>
        <message>
            <source>the vote is closed</source>
            <translation>la votación está cerrada</translation>
        </message>
        <message>
            <source>by proxy</source>
            <translation>por delegación</translation>
        </message>
        <message>
            <source>has voted</source>
            <translation>ha votado</translation>
        </message>
        <message>
            <source>voting</source>
            <translation>votando</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n have voted</source>
            <translation>
                <numerusform>Ha votado %1 de %n</numerusform>
                <numerusform>Han votado %1 de %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n by proxy)</source>
            <translation>
                <numerusform>(%n por delegación)</numerusform>
                <numerusform>(%n por delegación)</numerusform>
            </translation>
        </message>
        <message>
            <source>Ballots are secret: this list shows who has voted, never what.</source>
            <translation>Las papeletas son secretas: esta lista muestra quién ha votado, nunca qué.</translation>
        </message>
        <message>
            <source>Ballots are open: what each person voted for is shown.</source>
            <translation>Las papeletas son abiertas: se muestra qué votó cada persona.</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) each</source>
            <translation>
                <numerusform>%n punto cada persona</numerusform>
                <numerusform>%n puntos cada persona</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at most %n on one item</source>
            <translation>
                <numerusform>como máximo %n en un elemento</numerusform>
                <numerusform>como máximo %n en un elemento</numerusform>
            </translation>
        </message>
        <message>
            <source>own notes allowed</source>
            <translation>se admiten notas propias</translation>
        </message>
        <message>
            <source>not on your own notes</source>
            <translation>no en las notas propias</translation>
        </message>
        <message>
            <source>secret ballots</source>
            <translation>papeletas secretas</translation>
        </message>
        <message>
            <source>open ballots</source>
            <translation>papeletas abiertas</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>On the ballot: every note, one by one (%n note(s)).</source>
            <translation>
                <numerusform>En la papeleta: cada nota, una a una (%n nota).</numerusform>
                <numerusform>En la papeleta: cada nota, una a una (%n notas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n cluster(s) are not used.</source>
            <translation>
                <numerusform>%n grupo no se usa.</numerusform>
                <numerusform>Los %n grupos no se usan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) (with their %1)</source>
            <translation>
                <numerusform>%n grupo (con sus %1)</numerusform>
                <numerusform>%n grupos (con sus %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>On the ballot: %1.</source>
            <translation>En la papeleta: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Not on it: %n loose note(s) (in no cluster) — choose “clusters and loose notes” to include them.</source>
            <translation>
                <numerusform>Fuera: %n nota suelta (sin grupo); elija «sus grupos y notas sueltas» para incluirla.</numerusform>
                <numerusform>Fuera: %n notas sueltas (sin grupo); elija «sus grupos y notas sueltas» para incluirlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the ballot: %1 and %2.</source>
            <translation>En la papeleta: %1 y %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n loose note(s)</source>
            <translation>
                <numerusform>%n nota suelta</numerusform>
                <numerusform>%n notas sueltas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No dots left: all %n are placed. Remove one to move it, or press Done.</source>
            <translation>
                <numerusform>No quedan puntos: ya colocó su único punto. Quítelo para moverlo o pulse Listo.</numerusform>
                <numerusform>No quedan puntos: ya colocó los %n. Quite uno para moverlo o pulse Listo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Item cap reached: at most %n dot(s) on one item.</source>
            <translation>
                <numerusform>Límite alcanzado: como máximo %n punto por elemento.</numerusform>
                <numerusform>Límite alcanzado: como máximo %n puntos por elemento.</numerusform>
            </translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added.</source>
            <translation>La votación está cerrada: no se pueden añadir más puntos.</translation>
        </message>
        <message>
            <source>This is your own note: in this vote you cannot put dots on your own notes.</source>
            <translation>Es su propia nota: en esta votación no puede poner puntos en sus notas.</translation>
        </message>
        <message>
            <source>The vote is closed: dots can no longer be removed.</source>
            <translation>La votación está cerrada: ya no se pueden quitar puntos.</translation>
        </message>
        <message>
            <source>There is no dot of yours on this item to remove.</source>
            <translation>No tiene ningún punto en este elemento que quitar.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>A&amp;ctivity</source>
            <translation>A&amp;ctividad</translation>
        </message>
        <message>
            <source>&amp;Add activity…</source>
            <translation>&amp;Añadir actividad…</translation>
        </message>
        <message>
            <source>&amp;Use a template agenda…</source>
            <translation>&amp;Usar una agenda de plantilla…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Workshop</source>
            <translation>&amp;Acerca de Workshop</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Abrir la &amp;demostración</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Guardar &amp;como…</translation>
        </message>
        <message>
            <source>S&amp;hare a copy…</source>
            <translation>Co&amp;mpartir una copia…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>C&amp;errar taller</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>Pre&amp;ferencias…</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>Ac&amp;tividad</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Participantes</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Detalles</translation>
        </message>
        <message>
            <source>Ac&amp;tions</source>
            <translation>A&amp;cciones</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Deshacer {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rehacer {action}</translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>Read-only: this file cannot be changed here. Use File › Save As… to continue in a copy you can edit.</source>
            <translation>Solo lectura: este archivo no se puede cambiar aquí. Use Archivo › Guardar como… para seguir en una copia editable.</translation>
        </message>
        <message>
            <source>Select an activity in the agenda, or add one (Insert).</source>
            <translation>Seleccione una actividad de la agenda o añada una (Insert).</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>Ac&amp;tividad</translation>
        </message>
        <message>
            <source>Participa&amp;nts</source>
            <translation>Participa&amp;ntes</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Detalles</translation>
        </message>
        <message>
            <source>Act&amp;ions</source>
            <translation>Acc&amp;iones</translation>
        </message>
    </context>
    <context>
        <name>_Exporter</name>
        <message>
            <source>Export handout</source>
            <translation>Exportar documento</translation>
        </message>
        <message>
            <source>Laying out the handout…</source>
            <translation>Maquetando el documento…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>No participant has an organisation: there is nothing to split by.</source>
            <translation>Ningún participante tiene organización: no hay nada por lo que dividir.</translation>
        </message>
        <message>
            <source>Export a handout per organisation (one file each, beside this name)</source>
            <translation>Exportar un documento por organización (un archivo cada una, junto a este nombre)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n organisation handout(s) to {folder}: {names}</source>
            <translation>
                <numerusform>Se escribió %n documento por organización en {folder}: {names}</numerusform>
                <numerusform>Se escribieron %n documentos por organización en {folder}: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export data as CSV into…</source>
            <translation>Exportar datos como CSV en…</translation>
        </message>
        <message>
            <source>Writing the CSV files…</source>
            <translation>Escribiendo los archivos CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to {folder}.</source>
            <translation>
                <numerusform>Se escribió %n archivo CSV en {folder}.</numerusform>
                <numerusform>Se escribieron %n archivos CSV en {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>Exportar como JSON</translation>
        </message>
        <message>
            <source>Saved the whole workshop as {name}.</source>
            <translation>Se guardó el taller completo como {name}.</translation>
        </message>
        <message>
            <source>Open a workshop first.</source>
            <translation>Abra antes un taller.</translation>
        </message>
    </context>
    <context>
        <name>colours</name>
        <message>
            <source>Yellow</source>
            <translation>Amarillo</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Naranja</translation>
        </message>
        <message>
            <source>Lilac</source>
            <translation>Lila</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>What the action is</source>
            <translation>Qué es la acción</translation>
        </message>
        <message>
            <source>“{value}” is not a real date.</source>
            <translation>«{value}» no es una fecha real.</translation>
        </message>
        <message>
            <source>A note cannot be empty: type the idea first.</source>
            <translation>Una nota no puede estar vacía: escribe primero la idea.</translation>
        </message>
        <message>
            <source>That note is {count} characters long; a note holds at most {note_text_max}. Nothing was added: shorten it or split it into several notes.</source>
            <translation>Esa nota tiene {count} caracteres; una nota admite como máximo {note_text_max}. No se añadió nada: acórtala o divídela en varias notas.</translation>
        </message>
        <message>
            <source>A cluster needs a title.</source>
            <translation>Un grupo necesita un título.</translation>
        </message>
        <message>
            <source>That cluster title is {count} characters long; the limit is {cluster_title_max}.</source>
            <translation>Ese título de grupo tiene {count} caracteres; el límite es {cluster_title_max}.</translation>
        </message>
        <message>
            <source>A sticky colour is one of 1–{count}.</source>
            <translation>Un color de nota es uno de 1–{count}.</translation>
        </message>
        <message>
            <source>The cost</source>
            <translation>El coste</translation>
        </message>
        <message>
            <source>Type an amount, for example 12000.</source>
            <translation>Escribe un importe, por ejemplo 12000.</translation>
        </message>
        <message>
            <source>{what} cannot be negative.</source>
            <translation>{what}: no puede ser negativo.</translation>
        </message>
        <message>
            <source>{what} is too large.</source>
            <translation>{what}: es demasiado grande.</translation>
        </message>
        <message>
            <source>A project needs a title.</source>
            <translation>Un proyecto necesita un título.</translation>
        </message>
        <message>
            <source>A project title is at most {title_max} characters.</source>
            <translation>El título de un proyecto tiene como máximo {title_max} caracteres.</translation>
        </message>
        <message>
            <source>A description is at most {description_max} characters.</source>
            <translation>Una descripción tiene como máximo {description_max} caracteres.</translation>
        </message>
        <message>
            <source>“{title}” needs a cost above zero.</source>
            <translation>«{title}» necesita un coste mayor que cero.</translation>
        </message>
        <message>
            <source>The ballot names a project that is not on the list.</source>
            <translation>La papeleta nombra un proyecto que no está en la lista.</translation>
        </message>
        <message>
            <source>A ballot approves each project at most once.</source>
            <translation>Una papeleta aprueba cada proyecto como máximo una vez.</translation>
        </message>
        <message>
            <source>At most {max_projects} projects on one ballot.</source>
            <translation>Como máximo {max_projects} proyectos en una papeleta.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount.</source>
            <translation>«{text}» no es un importe.</translation>
        </message>
        <message>
            <source>The projects approved cost {total}; at most {max_cost}.</source>
            <translation>Los proyectos aprobados cuestan {total}; como máximo {max_cost}.</translation>
        </message>
        <message>
            <source>Points cannot be negative.</source>
            <translation>Los puntos no pueden ser negativos.</translation>
        </message>
        <message>
            <source>At most {points} points on one ballot.</source>
            <translation>Como máximo {points} puntos en una papeleta.</translation>
        </message>
        <message>
            <source>“{value}” is not a workshop language Workshop knows ({known}).</source>
            <translation>«{value}» no es un idioma de taller que Workshop conozca ({known}).</translation>
        </message>
        <message>
            <source>{section} line {number}: a column name appears twice.</source>
            <translation>{section}, línea {number}: un nombre de columna aparece dos veces.</translation>
        </message>
        <message>
            <source>META: no “budget” line.</source>
            <translation>META: no hay línea «budget».</translation>
        </message>
        <message>
            <source>META: the budget is negative.</source>
            <translation>META: el presupuesto es negativo.</translation>
        </message>
        <message>
            <source>META: unknown vote_type “{vote_type}”.</source>
            <translation>META: vote_type desconocido «{vote_type}».</translation>
        </message>
        <message>
            <source>line {number}: the file must start with META.</source>
            <translation>línea {number}: el archivo debe empezar por META.</translation>
        </message>
        <message>
            <source>{section} line {number}: {count} values for {count_b} columns.</source>
            <translation>{section}, línea {number}: {count} valores para {count_b} columnas.</translation>
        </message>
        <message>
            <source>the file has no {name} section.</source>
            <translation>el archivo no tiene sección {name}.</translation>
        </message>
        <message>
            <source>{section} line {number}: the header has no “{column}” column.</source>
            <translation>{section}, línea {number}: la cabecera no tiene columna «{column}».</translation>
        </message>
        <message>
            <source>META: the budget “{budget}” is not a number.</source>
            <translation>META: el presupuesto «{budget}» no es un número.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: a project without project_id.</source>
            <translation>PROJECTS, línea {number}: un proyecto sin project_id.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: project “{pid}” appears twice.</source>
            <translation>PROJECTS, línea {number}: el proyecto «{pid}» aparece dos veces.</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: the cost is negative.</source>
            <translation>PROJECTS, línea {number}: el coste es negativo.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a vote without voter_id.</source>
            <translation>VOTES, línea {number}: un voto sin voter_id.</translation>
        </message>
        <message>
            <source>VOTES line {number}: voter “{voter}” votes twice.</source>
            <translation>VOTES, línea {number}: el votante «{voter}» vota dos veces.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a project is named twice.</source>
            <translation>VOTES, línea {number}: un proyecto aparece dos veces.</translation>
        </message>
        <message>
            <source>VOTES line {number}: a choose-1 vote names one project.</source>
            <translation>VOTES, línea {number}: un voto choose-1 nombra un solo proyecto.</translation>
        </message>
        <message>
            <source>{name} line {number}: the section appears twice.</source>
            <translation>{name}, línea {number}: la sección aparece dos veces.</translation>
        </message>
        <message>
            <source>META line {number}: expected “key;value”.</source>
            <translation>META, línea {number}: se esperaba «clave;valor».</translation>
        </message>
        <message>
            <source>PROJECTS line {number}: the cost “{cost}” is not a number.</source>
            <translation>PROJECTS, línea {number}: el coste «{cost}» no es un número.</translation>
        </message>
        <message>
            <source>VOTES line {number}: project “{pid}” is not in PROJECTS.</source>
            <translation>VOTES, línea {number}: el proyecto «{pid}» no está en PROJECTS.</translation>
        </message>
        <message>
            <source>VOTES line {number}: “points” must give a whole number per project.</source>
            <translation>VOTES, línea {number}: «points» debe dar un número entero por proyecto.</translation>
        </message>
        <message>
            <source>A tally must be between 0 and {tally_max}.</source>
            <translation>Un recuento debe estar entre 0 y {tally_max}.</translation>
        </message>
        <message>
            <source>Type the count for each value, lowest first, e.g. “0 1 3 6 2 0”.</source>
            <translation>Escribe el recuento de cada valor, del más bajo al más alto, p. ej. «0 1 3 6 2 0».</translation>
        </message>
        <message>
            <source>The {label} scale has {count} values; {count_b} counts were typed.</source>
            <translation>La escala {label} tiene {count} valores; se escribieron {count_b} recuentos.</translation>
        </message>
        <message>
            <source>{value} is not on the {label} scale ({low}–{high}).</source>
            <translation>{value} no está en la escala {label} ({low}–{high}).</translation>
        </message>
        <message>
            <source>“{part}” is not a count: type whole numbers.</source>
            <translation>«{part}» no es un recuento: escribe números enteros.</translation>
        </message>
        <message>
            <source>“{shown}” is not a language Workshop can analyse; choose one of {names}.</source>
            <translation>«{shown}» no es un idioma que Workshop pueda analizar; elige uno de {names}.</translation>
        </message>
        <message>
            <source>Select at least one phrase to start a draft from.</source>
            <translation>Selecciona al menos una frase para empezar un borrador.</translation>
        </message>
        <message>
            <source>Nobody called “{typed}” is in the room: add them under Participants first, or choose a name from the list.</source>
            <translation>No hay nadie llamado «{typed}» en la sala: añádelo primero en Participantes o elige un nombre de la lista.</translation>
        </message>
        <message>
            <source>Type whose card this is: a participant or an organisation.</source>
            <translation>Escribe de quién es esta tarjeta: un participante o una organización.</translation>
        </message>
        <message>
            <source>Several participants are called “{typed}”: choose one from the list.</source>
            <translation>Varios participantes se llaman «{typed}»: elige uno de la lista.</translation>
        </message>
        <message>
            <source>A participant's name</source>
            <translation>El nombre de un participante</translation>
        </message>
        <message>
            <source>The organisation</source>
            <translation>La organización</translation>
        </message>
        <message>
            <source>The list is empty: one person per line, like “Ana Silva, Library”.</source>
            <translation>La lista está vacía: una persona por línea, como «Ana Silva, Biblioteca».</translation>
        </message>
        <message>
            <source>The list is {count} characters long; a list of people holds at most {roster_max_bytes}.</source>
            <translation>La lista tiene {count} caracteres; una lista de personas admite como máximo {roster_max_bytes}.</translation>
        </message>
        <message>
            <source>No names found: one person per line, like “Ana Silva, Library”.</source>
            <translation>No se encontraron nombres: una persona por línea, como «Ana Silva, Biblioteca».</translation>
        </message>
        <message>
            <source>Line {line_number} has no name before the comma.</source>
            <translation>La línea {line_number} no tiene nombre antes de la coma.</translation>
        </message>
        <message>
            <source>Line {line_number} is longer than {name_max} characters.</source>
            <translation>La línea {line_number} tiene más de {name_max} caracteres.</translation>
        </message>
        <message>
            <source>Line {line_number} has more than two columns; expected “name, organisation”.</source>
            <translation>La línea {line_number} tiene más de dos columnas; se esperaba «nombre, organización».</translation>
        </message>
        <message>
            <source>Line {value} cannot be read: {exc}.</source>
            <translation>No se puede leer la línea {value}: {exc}.</translation>
        </message>
        <message>
            <source>Line {line_number}: {exc}</source>
            <translation>Línea {line_number}: {exc}</translation>
        </message>
        <message>
            <source>The list has more than {roster_max_people} people; add them in parts.</source>
            <translation>La lista tiene más de {roster_max_people} personas; añádelas por partes.</translation>
        </message>
        <message>
            <source>The template “{key}” is not valid: {exc}</source>
            <translation>La plantilla «{key}» no es válida: {exc}</translation>
        </message>
        <message>
            <source>The timer cannot count down from less than one minute.</source>
            <translation>El temporizador no puede contar hacia atrás desde menos de un minuto.</translation>
        </message>
        <message>
            <source>{what} cannot be empty.</source>
            <translation>{what}: no puede quedar vacío.</translation>
        </message>
        <message>
            <source>{what} is {count} characters long; the limit is {limit}.</source>
            <translation>{what}: tiene {count} caracteres; el límite es {limit}.</translation>
        </message>
        <message>
            <source>“{value}” is not a colour like #ffcc00.</source>
            <translation>«{value}» no es un color como #ffcc00.</translation>
        </message>
        <message>
            <source>A timebox must be between 1 and {timebox_max} minutes.</source>
            <translation>El tiempo de una actividad debe estar entre 1 y {timebox_max} minutos.</translation>
        </message>
        <message>
            <source>“{value}” is not a date like 2026-11-27.</source>
            <translation>«{value}» no es una fecha como 2026-11-27.</translation>
        </message>
        <message>
            <source>“{value}” is not a time like 09:30.</source>
            <translation>«{value}» no es una hora como 09:30.</translation>
        </message>
        <message>
            <source>Time available must be between 0 minutes and a week.</source>
            <translation>El tiempo disponible debe estar entre 0 minutos y una semana.</translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added.</source>
            <translation>La votación está cerrada: no se pueden añadir más puntos.</translation>
        </message>
        <message>
            <source>No dots left: all {dots} are placed. Remove one to move it, or press Done.</source>
            <translation>No quedan puntos: los {dots} están colocados. Quita uno para moverlo o pulsa Hecho.</translation>
        </message>
        <message>
            <source>Item cap reached: at most {cap} dots on one item.</source>
            <translation>Tope alcanzado: como máximo {cap} puntos en un mismo elemento.</translation>
        </message>
        <message>
            <source>This is your own note: in this vote you cannot put dots on your own notes.</source>
            <translation>Es tu propia nota: en esta votación no puedes poner puntos en tus propias notas.</translation>
        </message>
        <message>
            <source>The vote is closed: dots can no longer be removed.</source>
            <translation>La votación está cerrada: ya no se pueden quitar puntos.</translation>
        </message>
        <message>
            <source>There is no dot of yours on this item to remove.</source>
            <translation>No hay ningún punto tuyo en este elemento que quitar.</translation>
        </message>
        <message>
            <source>Dots per person must be between {dots_min} and {dots_max} (not {dots_per_person}).</source>
            <translation>Los puntos por persona deben estar entre {dots_min} y {dots_max} (no {dots_per_person}).</translation>
        </message>
        <message>
            <source>The most dots on one item must be between {dots_min} and {dots_max} (not {max_per_item}).</source>
            <translation>El máximo de puntos en un elemento debe estar entre {dots_min} y {dots_max} (no {max_per_item}).</translation>
        </message>
        <message>
            <source>The settings are fixed because dots have been cast. Reset the vote to change them (you can undo the reset).</source>
            <translation>La configuración está fijada porque ya se han puesto puntos. Reinicia la votación para cambiarla (puedes deshacer el reinicio).</translation>
        </message>
        <message>
            <source>The vote is closed: no more dots can be added or removed.</source>
            <translation>La votación está cerrada: ya no se pueden añadir ni quitar puntos.</translation>
        </message>
        <message>
            <source>A paper tally must be between 0 and {tally_max} dots.</source>
            <translation>Un recuento en papel debe estar entre 0 y {tally_max} puntos.</translation>
        </message>
        <message>
            <source>Choose either the top N items or a minimum number of dots.</source>
            <translation>Elige los N primeros elementos o un número mínimo de puntos.</translation>
        </message>
        <message>
            <source>No item has enough dots to go on the agenda.</source>
            <translation>Ningún elemento tiene puntos suficientes para entrar en el orden del día.</translation>
        </message>
        <message>
            <source>A ballot cannot hold a negative number of dots.</source>
            <translation>Una papeleta no puede tener un número negativo de puntos.</translation>
        </message>
        <message>
            <source>One of the items on this ballot no longer exists.</source>
            <translation>Uno de los elementos de esta papeleta ya no existe.</translation>
        </message>
        <message>
            <source>Take at least the top 1 item.</source>
            <translation>Toma al menos el primer elemento.</translation>
        </message>
        <message>
            <source>The minimum number of dots must be more than 0.</source>
            <translation>El número mínimo de puntos debe ser mayor que 0.</translation>
        </message>
        <message>
            <source>Cannot create a temporary file in “{parent}”.</source>
            <translation>No se puede crear un archivo temporal en «{parent}».</translation>
        </message>
        <message>
            <source>The folder “{folder}” does not exist.</source>
            <translation>La carpeta «{folder}» no existe.</translation>
        </message>
        <message>
            <source>“{folder}” is not a folder.</source>
            <translation>«{folder}» no es una carpeta.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{folder}”.</source>
            <translation>No se puede escribir en la carpeta «{folder}».</translation>
        </message>
        <message>
            <source>“{target}” is a folder, not a file name.</source>
            <translation>«{target}» es una carpeta, no un nombre de archivo.</translation>
        </message>
        <message>
            <source>“{target}” already exists (use --force to replace it).</source>
            <translation>«{target}» ya existe (usa --force para reemplazarlo).</translation>
        </message>
        <message>
            <source>Cannot write in “{parent}”: {reason}.</source>
            <translation>No se puede escribir en «{parent}»: {reason}.</translation>
        </message>
        <message>
            <source>Could not write “{targets}”: {reason}.</source>
            <translation>No se pudo escribir «{targets}»: {reason}.</translation>
        </message>
        <message>
            <source>The bundled font {file} is missing or damaged.</source>
            <translation>La fuente incluida {file} falta o está dañada.</translation>
        </message>
        <message>
            <source>“{name}”, {where}: {reason}.</source>
            <translation>«{name}», {where}: {reason}.</translation>
        </message>
        <message>
            <source>The file has a value that is neither text nor a number.</source>
            <translation>El archivo tiene un valor que no es ni texto ni número.</translation>
        </message>
        <message>
            <source>The file has a list where a single value belongs.</source>
            <translation>El archivo tiene una lista donde va un solo valor.</translation>
        </message>
        <message>
            <source>“{name}” is JSON, but not a Workshop export.</source>
            <translation>«{name}» es JSON, pero no una exportación de Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid format_version.</source>
            <translation>«{name}» no tiene un format_version válido.</translation>
        </message>
        <message>
            <source>“{name}” was exported by a newer Workshop (export format {version}); this version reads format {format_version}. Please update Workshop.</source>
            <translation>«{name}» se exportó con un Workshop más reciente (formato de exportación {version}); esta versión lee el formato {format_version}. Actualiza Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid document_format.</source>
            <translation>«{name}» no tiene un document_format válido.</translation>
        </message>
        <message>
            <source>“{name}” holds a workshop from a newer Workshop (file format {format_major}.{format_minor}). Please update Workshop.</source>
            <translation>«{name}» contiene un taller de un Workshop más reciente (formato de archivo {format_major}.{format_minor}). Actualiza Workshop.</translation>
        </message>
        <message>
            <source>“{name}” has no valid tables.</source>
            <translation>«{name}» no tiene tablas válidas.</translation>
        </message>
        <message>
            <source>“{name}” has tables this version does not know ({names}): it was exported by a newer Workshop.</source>
            <translation>«{name}» tiene tablas que esta versión no conoce ({names}): lo exportó un Workshop más reciente.</translation>
        </message>
        <message>
            <source>“{name}” holds {total} rows; Workshop imports at most {max_rows} (see docs/file-format.md, “Limits”).</source>
            <translation>«{name}» contiene {total} filas; Workshop importa como máximo {max_rows} (ver docs/file-format.md, «Limits»).</translation>
        </message>
        <message>
            <source>“{name}” has a board of {values} notes; Workshop imports at most {max_notes_per_board} notes on one board, so that the board stays responsive (see docs/file-format.md, “Limits”).</source>
            <translation>«{name}» tiene un tablero de {values} notas; Workshop importa como máximo {max_notes_per_board} notas en un tablero, para que siga respondiendo con fluidez (ver docs/file-format.md, «Limits»).</translation>
        </message>
        <message>
            <source>“{name}” is {value} MB; Workshop imports JSON files of at most {value_b} MB (see docs/file-format.md, “Limits”).</source>
            <translation>«{name}» ocupa {value} MB; Workshop importa archivos JSON de como máximo {value_b} MB (ver docs/file-format.md, «Limits»).</translation>
        </message>
        <message>
            <source>“{source}” does not exist.</source>
            <translation>«{source}» no existe.</translation>
        </message>
        <message>
            <source>“{source}” is a folder, not a JSON file.</source>
            <translation>«{source}» es una carpeta, no un archivo JSON.</translation>
        </message>
        <message>
            <source>“{source}” cannot be read: {value}.</source>
            <translation>No se puede leer «{source}»: {value}.</translation>
        </message>
        <message>
            <source>“{name}” is not a Workshop JSON export (not text).</source>
            <translation>«{name}» no es una exportación JSON de Workshop (no es texto).</translation>
        </message>
        <message>
            <source>“{name}” holds a number JSON does not allow ({exc}).</source>
            <translation>«{name}» contiene un número que JSON no admite ({exc}).</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (it may be truncated): {msg} at line {lineno}.</source>
            <translation>«{name}» no es JSON válido (puede estar truncado): {msg} en la línea {lineno}.</translation>
        </message>
        <message>
            <source>“{name}” is nested too deeply to be a Workshop export.</source>
            <translation>«{name}» está anidado a demasiada profundidad para ser una exportación de Workshop.</translation>
        </message>
        <message>
            <source>“{name}” is not a consistent workshop: {exc}.</source>
            <translation>«{name}» no es un taller coherente: {exc}.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>A binary value in the file is damaged.</source>
            <translation>Un valor binario del archivo está dañado.</translation>
        </message>
        <message>
            <source>“{name}” is too large for a Pabulib file.</source>
            <translation>«{name}» es demasiado grande para un archivo Pabulib.</translation>
        </message>
        <message>
            <source>“{file}” does not exist.</source>
            <translation>«{file}» no existe.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a .pb file.</source>
            <translation>«{file}» es una carpeta, no un archivo .pb.</translation>
        </message>
        <message>
            <source>Cannot read “{file}”: {value}.</source>
            <translation>No se puede leer «{file}»: {value}.</translation>
        </message>
        <message>
            <source>“{name}” line {line} is not UTF-8 text.</source>
            <translation>«{name}», línea {line}, no es texto UTF-8.</translation>
        </message>
        <message>
            <source>Unknown page size “{page_size}”: use A4 or Letter.</source>
            <translation>Tamaño de página desconocido «{page_size}»: usa A4 o Letter.</translation>
        </message>
        <message>
            <source>No participant has an organisation: there is nothing to split by.</source>
            <translation>Ningún participante tiene organización: no hay nada por lo que dividir.</translation>
        </message>
        <message>
            <source>The page sent something unexpected; reload it.</source>
            <translation>La página envió algo inesperado; recárgala.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>No encontrado.</translation>
        </message>
        <message>
            <source>That is too long to send.</source>
            <translation>Es demasiado largo para enviarlo.</translation>
        </message>
        <message>
            <source>That name is no longer on the list.</source>
            <translation>Ese nombre ya no está en la lista.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{parent}”.</source>
            <translation>No se puede escribir en la carpeta «{parent}».</translation>
        </message>
        <message>
            <source>Could not write a copy to “{target}”: {reason}.</source>
            <translation>No se pudo escribir una copia en «{target}»: {reason}.</translation>
        </message>
        <message>
            <source>The number of tables must be 1 to {max_tables} (got {count}).</source>
            <translation>El número de mesas debe ser de 1 a {max_tables} (se indicó {count}).</translation>
        </message>
        <message>
            <source>“{name}” is itself a breakout copy: make breakouts from the main workshop.</source>
            <translation>«{name}» ya es una copia de mesa: crea las copias desde el taller principal.</translation>
        </message>
        <message>
            <source>The folder “{out_dir}” does not exist.</source>
            <translation>La carpeta «{out_dir}» no existe.</translation>
        </message>
        <message>
            <source>Cannot write in the folder “{out_dir}”.</source>
            <translation>No se puede escribir en la carpeta «{out_dir}».</translation>
        </message>
        <message>
            <source>Give one non-empty label per table.</source>
            <translation>Da una etiqueta no vacía por mesa.</translation>
        </message>
        <message>
            <source>Two tables have the same label.</source>
            <translation>Dos mesas tienen la misma etiqueta.</translation>
        </message>
        <message>
            <source>Could not write the breakout copies: {exc}.</source>
            <translation>No se pudieron escribir las copias de mesa: {exc}.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then a {noun} (number {number}) has been added in its place by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>No se puede deshacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha añadido en su lugar {noun} (número {number}). No se deshizo nada: ese cambio se mantiene y deshacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then a {noun} (number {number}) has been added in its place by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>No se puede rehacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha añadido en su lugar {noun} (número {number}). No se rehízo nada: ese cambio se mantiene y rehacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been deleted by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>No se puede deshacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha borrado {noun} {row}. No se deshizo nada: ese cambio se mantiene y deshacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been deleted by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>No se puede rehacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha borrado {noun} {row}. No se rehízo nada: ese cambio se mantiene y rehacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been changed (its {columns}) by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>No se puede deshacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha cambiado {noun} {row} ({columns}). No se deshizo nada: ese cambio se mantiene y deshacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been changed (its {columns}) by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>No se puede rehacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha cambiado {noun} {row} ({columns}). No se rehízo nada: ese cambio se mantiene y rehacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>Cannot undo “{label}”: since then the {noun} {row} has been changed by another program, such as sqlite-utils or Datasette. Nothing was undone: that change is kept, and undo stops at this step.</source>
            <translation>No se puede deshacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha cambiado {noun} {row}. No se deshizo nada: ese cambio se mantiene y deshacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>Cannot redo “{label}”: since then the {noun} {row} has been changed by another program, such as sqlite-utils or Datasette. Nothing was redone: that change is kept, and redo stops at this step.</source>
            <translation>No se puede rehacer «{label}»: desde entonces otro programa, como sqlite-utils o Datasette, ha cambiado {noun} {row}. No se rehízo nada: ese cambio se mantiene y rehacer se detiene en este paso.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a workshop file.</source>
            <translation>«{file}» es una carpeta, no un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>«{name}» está vacío: no es un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not a SQLite database).</source>
            <translation>«{name}» no es un archivo de taller (no es una base de datos SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is truncated: its header is incomplete.</source>
            <translation>«{name}» está truncado: su cabecera está incompleta.</translation>
        </message>
        <message>
            <source>“{name}” is a SQLite database, but not a workshop file.</source>
            <translation>«{name}» es una base de datos SQLite, pero no un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” was made by a newer Workshop (file format {major}.{minor}); this version reads format {format_major}. Please update Workshop.</source>
            <translation>«{name}» se creó con un Workshop más reciente (formato de archivo {major}.{minor}); esta versión lee el formato {format_major}. Actualiza Workshop.</translation>
        </message>
        <message>
            <source>“{name}” is an incomplete workshop file (no format).</source>
            <translation>«{name}» es un archivo de taller incompleto (sin formato).</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({result}). An automatic backup may help.</source>
            <translation>«{name}» está dañado ({result}). Una copia de seguridad automática puede ayudar.</translation>
        </message>
        <message>
            <source>“{file}” is a folder, not a file name.</source>
            <translation>«{file}» es una carpeta, no un nombre de archivo.</translation>
        </message>
        <message>
            <source>“{file}” already exists (use --force to replace it).</source>
            <translation>«{file}» ya existe (usa --force para reemplazarlo).</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>La carpeta «{parent}» no existe.</translation>
        </message>
        <message>
            <source>The change could not be saved: an earlier one failed.</source>
            <translation>No se pudo guardar el cambio: uno anterior falló.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only: changes cannot be saved. Use File › Save As… to continue in a copy you can edit.</source>
            <translation>«{name}» está abierto solo para lectura: los cambios no se pueden guardar. Usa Archivo › Guardar como… para seguir en una copia que puedas editar.</translation>
        </message>
        <message>
            <source>“{file}” cannot be read: {reason}.</source>
            <translation>No se puede leer «{file}»: {reason}.</translation>
        </message>
        <message>
            <source>Cannot create “{file}”: {reason}.</source>
            <translation>No se puede crear «{file}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged and could not be read ({reason}). An automatic backup may help.</source>
            <translation>«{name}» está dañado y no se pudo leer ({reason}). Una copia de seguridad automática puede ayudar.</translation>
        </message>
        <message>
            <source>The change could not be saved: {reason}.</source>
            <translation>No se pudo guardar el cambio: {reason}.</translation>
        </message>
        <message>
            <source>Cannot {verb} “{label}”: rows added outside Workshop since then depend on it ({reason}). Nothing was changed.</source>
            <translation>No se puede aplicar «{label}» ({verb}): dependen de ello filas añadidas fuera de Workshop desde entonces ({reason}). No se cambió nada.</translation>
        </message>
        <message>
            <source>Could not save a copy as “{target}”: {reason}.</source>
            <translation>No se pudo guardar una copia como «{target}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” uses an older format and is read-only, so it cannot be upgraded. Copy it to a folder you can write to and open the copy.</source>
            <translation>«{name}» usa un formato antiguo y es de solo lectura, así que no se puede actualizar. Cópialo a una carpeta donde puedas escribir y abre la copia.</translation>
        </message>
        <message>
            <source>“{name}” is already open in another Workshop window (through another name for the same file: a link or another path). Switch to that window, or close it first.</source>
            <translation>«{name}» ya está abierto en otra ventana de Workshop (con otro nombre del mismo archivo: un enlace u otra ruta). Cambia a esa ventana o ciérrala primero.</translation>
        </message>
        <message>
            <source>“{document}” is already open in another Workshop window{holder}. Switch to that window, or close it first.</source>
            <translation>«{document}» ya está abierto en otra ventana de Workshop{holder}. Cambia a esa ventana o ciérrala primero.</translation>
        </message>
        <message>
            <source>Cannot write “{document}”: the folder “{parent}” does not accept new files ({reason}).</source>
            <translation>No se puede escribir «{document}»: la carpeta «{parent}» no acepta archivos nuevos ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and could not be read ({exc}). An automatic backup may help.</source>
            <translation>«{name}» está dañado y no se pudo leer ({exc}). Una copia de seguridad automática puede ayudar.</translation>
        </message>
        <message>
            <source>No breakout files to merge.</source>
            <translation>No hay archivos de mesa que fusionar.</translation>
        </message>
        <message>
            <source>“{name}” is not a breakout copy of a workshop.</source>
            <translation>«{name}» no es una copia de mesa de un taller.</translation>
        </message>
        <message>
            <source>“{name}” is a breakout of another workshop, not of this one.</source>
            <translation>«{name}» es una copia de mesa de otro taller, no de este.</translation>
        </message>
        <message>
            <source>“{name}” holds {what}, which Workshop itself would not accept (was it edited with another tool?): nothing was merged.</source>
            <translation>«{name}» contiene {what}, que el propio Workshop no aceptaría (¿se editó con otra herramienta?): no se fusionó nada.</translation>
        </message>
        <message>
            <source>“{name}” and “{name_b}” are the same table: merge one of them.</source>
            <translation>«{name}» y «{name_b}» son la misma mesa: fusiona solo uno de ellos.</translation>
        </message>
        <message>
            <source>The breakouts could not be merged: {exc}.</source>
            <translation>No se pudieron fusionar las mesas: {exc}.</translation>
        </message>
        <message>
            <source>“{name}” is not a breakout copy (it was made by an older Workshop).</source>
            <translation>«{name}» no es una copia de mesa (la creó un Workshop más antiguo).</translation>
        </message>
        <message>
            <source>Select the actions to remove first.</source>
            <translation>Selecciona primero las acciones que quieres quitar.</translation>
        </message>
        <message>
            <source>That action no longer exists.</source>
            <translation>Esa acción ya no existe.</translation>
        </message>
        <message>
            <source>Choose what the action comes from.</source>
            <translation>Elige de dónde sale la acción.</translation>
        </message>
        <message>
            <source>What the action comes from no longer exists.</source>
            <translation>Aquello de lo que sale la acción ya no existe.</translation>
        </message>
        <message>
            <source>The activity title</source>
            <translation>El título de la actividad</translation>
        </message>
        <message>
            <source>The prompt</source>
            <translation>La consigna</translation>
        </message>
        <message>
            <source>The facilitator notes</source>
            <translation>Las notas de la facilitación</translation>
        </message>
        <message>
            <source>Select the activities to remove first.</source>
            <translation>Selecciona primero las actividades que quieres quitar.</translation>
        </message>
        <message>
            <source>That activity no longer exists.</source>
            <translation>Esa actividad ya no existe.</translation>
        </message>
        <message>
            <source>The agenda already has activities; a template fills an empty one.</source>
            <translation>El orden del día ya tiene actividades; una plantilla rellena uno vacío.</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>El título</translation>
        </message>
        <message>
            <source>There is no text to add as notes.</source>
            <translation>No hay texto que añadir como notas.</translation>
        </message>
        <message>
            <source>Select the notes to group first.</source>
            <translation>Selecciona primero las notas que quieres agrupar.</translation>
        </message>
        <message>
            <source>Select a cluster to ungroup first.</source>
            <translation>Selecciona primero un grupo que deshacer.</translation>
        </message>
        <message>
            <source>That participant no longer exists.</source>
            <translation>Ese participante ya no existe.</translation>
        </message>
        <message>
            <source>Select one or more notes first.</source>
            <translation>Selecciona primero una o varias notas.</translation>
        </message>
        <message>
            <source>Some of those notes no longer exist.</source>
            <translation>Algunas de esas notas ya no existen.</translation>
        </message>
        <message>
            <source>That cluster no longer exists.</source>
            <translation>Ese grupo ya no existe.</translation>
        </message>
        <message>
            <source>Only notes of one board can be grouped together.</source>
            <translation>Solo se pueden agrupar notas de un mismo tablero.</translation>
        </message>
        <message>
            <source>Line {number}: {exc}</source>
            <translation>Línea {number}: {exc}</translation>
        </message>
        <message>
            <source>Notes can only join a cluster on their own board.</source>
            <translation>Las notas solo pueden unirse a un grupo de su propio tablero.</translation>
        </message>
        <message>
            <source>The budget</source>
            <translation>El presupuesto</translation>
        </message>
        <message>
            <source>This works only in a participatory budget activity.</source>
            <translation>Esto solo funciona en una actividad de presupuesto participativo.</translation>
        </message>
        <message>
            <source>{what} can have at most two decimals.</source>
            <translation>{what}: como máximo dos decimales.</translation>
        </message>
        <message>
            <source>The budget must be above zero.</source>
            <translation>El presupuesto debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>A currency is at most {currency_max} characters (e.g. EUR, zł).</source>
            <translation>Una moneda tiene como máximo {currency_max} caracteres (p. ej., EUR, zł).</translation>
        </message>
        <message>
            <source>A ballot must allow at least one project.</source>
            <translation>Una papeleta debe permitir al menos un proyecto.</translation>
        </message>
        <message>
            <source>The limit on a ballot's cost</source>
            <translation>El límite de coste por papeleta</translation>
        </message>
        <message>
            <source>Points per ballot: between 0 (approval) and 1,000.</source>
            <translation>Puntos por papeleta: entre 0 (aprobación) y 1.000.</translation>
        </message>
        <message>
            <source>A category or organisation is at most {category_max} characters.</source>
            <translation>Una categoría u organización tiene como máximo {category_max} caracteres.</translation>
        </message>
        <message>
            <source>Nothing to add: paste one project a line, “title; cost”.</source>
            <translation>Nada que añadir: pega un proyecto por línea, «título; coste».</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>Esa nota ya no existe.</translation>
        </message>
        <message>
            <source>A paper tally is between 0 and {tally_max} approvals.</source>
            <translation>Un recuento en papel está entre 0 y {tally_max} aprobaciones.</translation>
        </message>
        <message>
            <source>That project is no longer on the list.</source>
            <translation>Ese proyecto ya no está en la lista.</translation>
        </message>
        <message>
            <source>There are no paper approvals on this project to take away.</source>
            <translation>Este proyecto no tiene aprobaciones en papel que restar.</translation>
        </message>
        <message>
            <source>A paper ballot ticks each project once.</source>
            <translation>Una papeleta en papel marca cada proyecto una vez.</translation>
        </message>
        <message>
            <source>The file has more than {ballots_max} votes.</source>
            <translation>El archivo tiene más de {ballots_max} votos.</translation>
        </message>
        <message>
            <source>The limit on a ballot's cost must be above zero.</source>
            <translation>El límite de coste por papeleta debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>Ballots were cast under the present rules: clear them before changing the rules.</source>
            <translation>Ya se han emitido papeletas con las reglas actuales: bórralas antes de cambiar las reglas.</translation>
        </message>
        <message>
            <source>That project no longer exists.</source>
            <translation>Ese proyecto ya no existe.</translation>
        </message>
        <message>
            <source>Line {number}: write “title; cost”.</source>
            <translation>Línea {number}: escribe «título; coste».</translation>
        </message>
        <message>
            <source>A project comes from a note or a cluster.</source>
            <translation>Un proyecto sale de una nota o de un grupo.</translation>
        </message>
        <message>
            <source>That note is already a project.</source>
            <translation>Esa nota ya es un proyecto.</translation>
        </message>
        <message>
            <source>That cluster is already a project.</source>
            <translation>Ese grupo ya es un proyecto.</translation>
        </message>
        <message>
            <source>{name} has already voted in this budget.</source>
            <translation>{name} ya ha votado en este presupuesto.</translation>
        </message>
        <message>
            <source>This budget holds as many ballots as it can.</source>
            <translation>Este presupuesto ya tiene todas las papeletas que admite.</translation>
        </message>
        <message>
            <source>A tallied approval is a ballot for “{title}” alone, and such a ballot breaks the rules: {problem}</source>
            <translation>Una aprobación contada es una papeleta solo para «{title}», y esa papeleta incumple las reglas: {problem}</translation>
        </message>
        <message>
            <source>“{part}” is not a project number (1–{count}).</source>
            <translation>«{part}» no es un número de proyecto (1–{count}).</translation>
        </message>
        <message>
            <source>That ballot no longer exists.</source>
            <translation>Esa papeleta ya no existe.</translation>
        </message>
        <message>
            <source>This budget already has projects: import into a new participatory budget.</source>
            <translation>Este presupuesto ya tiene proyectos: importa en un presupuesto participativo nuevo.</translation>
        </message>
        <message>
            <source>PROJECTS, project “{id}”: {exc}</source>
            <translation>PROJECTS, proyecto «{id}»: {exc}</translation>
        </message>
        <message>
            <source>The venue</source>
            <translation>El lugar</translation>
        </message>
        <message>
            <source>The facilitator's name</source>
            <translation>El nombre de quien facilita</translation>
        </message>
        <message>
            <source>The goal</source>
            <translation>El objetivo</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>No hay nada que cambiar.</translation>
        </message>
        <message>
            <source>There is nobody to add.</source>
            <translation>No hay nadie que añadir.</translation>
        </message>
        <message>
            <source>Select the participants to remove first.</source>
            <translation>Selecciona primero los participantes que quieres quitar.</translation>
        </message>
        <message>
            <source>A join code is {code_length} letters or digits.</source>
            <translation>Un código de acceso tiene {code_length} letras o cifras.</translation>
        </message>
        <message>
            <source>Phones have nothing to do in “{title}”.</source>
            <translation>Los teléfonos no tienen nada que hacer en «{title}».</translation>
        </message>
        <message>
            <source>Those phone notes are no longer waiting.</source>
            <translation>Esas notas de teléfono ya no están en espera.</translation>
        </message>
        <message>
            <source>The phone sent a post without a valid key; reload the page.</source>
            <translation>El teléfono envió un mensaje sin clave válida; recarga la página.</translation>
        </message>
        <message>
            <source>Ask the facilitator to add you to the list.</source>
            <translation>Pide a quien facilita que te añada a la lista.</translation>
        </message>
        <message>
            <source>You are no longer on the participant list: join again.</source>
            <translation>Ya no estás en la lista de participantes: vuelve a unirte.</translation>
        </message>
        <message>
            <source>This activity is not open to phones.</source>
            <translation>Esta actividad no está abierta a los teléfonos.</translation>
        </message>
        <message>
            <source>The activity has changed: the page will follow.</source>
            <translation>La actividad ha cambiado: la página la seguirá.</translation>
        </message>
        <message>
            <source>That question is no longer asked.</source>
            <translation>Esa pregunta ya no se hace.</translation>
        </message>
        <message>
            <source>You have already answered this one.</source>
            <translation>Ya has respondido a esta.</translation>
        </message>
        <message>
            <source>That draft is no longer there.</source>
            <translation>Ese borrador ya no está.</translation>
        </message>
        <message>
            <source>This purpose is rated by organisation, and yours is not on the list: ask the facilitator.</source>
            <translation>Este propósito lo valoran las organizaciones y la tuya no está en la lista: pregunta a quien facilita.</translation>
        </message>
        <message>
            <source>The statement</source>
            <translation>La afirmación</translation>
        </message>
        <message>
            <source>The round's name</source>
            <translation>El nombre de la ronda</translation>
        </message>
        <message>
            <source>Statements can only be added to a pulse check activity.</source>
            <translation>Las afirmaciones solo se pueden añadir a una actividad de pulso.</translation>
        </message>
        <message>
            <source>“{condition_key}” is not a collective impact condition.</source>
            <translation>«{condition_key}» no es una condición de impacto colectivo.</translation>
        </message>
        <message>
            <source>That round no longer exists.</source>
            <translation>Esa ronda ya no existe.</translation>
        </message>
        <message>
            <source>This activity already asks all five collective impact checks.</source>
            <translation>Esta actividad ya incluye las cinco comprobaciones de impacto colectivo.</translation>
        </message>
        <message>
            <source>That statement no longer exists.</source>
            <translation>Esa afirmación ya no existe.</translation>
        </message>
        <message>
            <source>A statement has at least one round: clear its answers, or remove the statement.</source>
            <translation>Una afirmación tiene al menos una ronda: borra sus respuestas o quita la afirmación.</translation>
        </message>
        <message>
            <source>That statement has been removed.</source>
            <translation>Esa afirmación se ha quitado.</translation>
        </message>
        <message>
            <source>People have already answered on this scale: add a new statement to use another scale.</source>
            <translation>Ya se ha respondido en esta escala: añade una afirmación nueva para usar otra escala.</translation>
        </message>
        <message>
            <source>This pulse check is anonymous: answers are not linked to people. Turn anonymity off for this activity to record who answered.</source>
            <translation>Este pulso es anónimo: las respuestas no se vinculan a personas. Desactiva el anonimato de esta actividad para registrar quién respondió.</translation>
        </message>
        <message>
            <source>That participant is no longer on the list.</source>
            <translation>Ese participante ya no está en la lista.</translation>
        </message>
        <message>
            <source>{name} has already answered this round.</source>
            <translation>{name} ya ha respondido en esta ronda.</translation>
        </message>
        <message>
            <source>A purpose statement</source>
            <translation>Una declaración de propósito</translation>
        </message>
        <message>
            <source>The blended statement</source>
            <translation>La declaración combinada</translation>
        </message>
        <message>
            <source>The comment</source>
            <translation>El comentario</translation>
        </message>
        <message>
            <source>The draft</source>
            <translation>El borrador</translation>
        </message>
        <message>
            <source>Those terms are no longer merged.</source>
            <translation>Esos términos ya no están fusionados.</translation>
        </message>
        <message>
            <source>That term is not hidden any more.</source>
            <translation>Ese término ya no está oculto.</translation>
        </message>
        <message>
            <source>Choose pairs or fours.</source>
            <translation>Elige parejas o grupos de cuatro.</translation>
        </message>
        <message>
            <source>That group no longer exists.</source>
            <translation>Ese grupo ya no existe.</translation>
        </message>
        <message>
            <source>A rating is a whole number from {score_min} to {score_max}.</source>
            <translation>Una valoración es un número entero de {score_min} a {score_max}.</translation>
        </message>
        <message>
            <source>That activity is not a purpose blend.</source>
            <translation>Esa actividad no es una combinación de propósitos.</translation>
        </message>
        <message>
            <source>This activity takes one purpose per organisation: choose one.</source>
            <translation>Esta actividad admite un propósito por organización: elige uno.</translation>
        </message>
        <message>
            <source>The organisation's name</source>
            <translation>El nombre de la organización</translation>
        </message>
        <message>
            <source>Choose at least two different terms to merge.</source>
            <translation>Elige al menos dos términos distintos para fusionar.</translation>
        </message>
        <message>
            <source>Type a term.</source>
            <translation>Escribe un término.</translation>
        </message>
        <message>
            <source>A draft cannot be empty.</source>
            <translation>Un borrador no puede estar vacío.</translation>
        </message>
        <message>
            <source>That draft no longer exists.</source>
            <translation>Ese borrador ya no existe.</translation>
        </message>
        <message>
            <source>Statements have already been captured by participant; remove them before changing who states purposes.</source>
            <translation>Ya se han recogido declaraciones por participante; quítalas antes de cambiar quién formula los propósitos.</translation>
        </message>
        <message>
            <source>Statements have already been captured by organisation; remove them before changing who states purposes.</source>
            <translation>Ya se han recogido declaraciones por organización; quítalas antes de cambiar quién formula los propósitos.</translation>
        </message>
        <message>
            <source>{label} already has a purpose statement; edit that one.</source>
            <translation>{label} ya tiene una declaración de propósito; edita esa.</translation>
        </message>
        <message>
            <source>Those terms are already counted as one.</source>
            <translation>Esos términos ya cuentan como uno.</translation>
        </message>
        <message>
            <source>“{already}” is already hidden.</source>
            <translation>«{already}» ya está oculto.</translation>
        </message>
        <message>
            <source>Pairs need at least two purpose statements.</source>
            <translation>Las parejas necesitan al menos dos declaraciones de propósito.</translation>
        </message>
        <message>
            <source>Fours need at least three purpose statements.</source>
            <translation>Los grupos de cuatro necesitan al menos tres declaraciones de propósito.</translation>
        </message>
        <message>
            <source>The statement is already in that group.</source>
            <translation>La declaración ya está en ese grupo.</translation>
        </message>
        <message>
            <source>Draft {number} has been rated or adopted, so it stays as it was; start a new draft from it instead.</source>
            <translation>El borrador {number} ya se ha valorado o adoptado, así que se queda como estaba; empieza en su lugar un borrador nuevo a partir de él.</translation>
        </message>
        <message>
            <source>Draft {number} is the adopted purpose; un-adopt it first.</source>
            <translation>El borrador {number} es el propósito adoptado; anula primero la adopción.</translation>
        </message>
        <message>
            <source>Draft {number} is adopted: its ratings are kept as they were at adoption. Un-adopt it to change them.</source>
            <translation>El borrador {number} está adoptado: sus valoraciones se quedan como estaban al adoptarlo. Anula la adopción para cambiarlas.</translation>
        </message>
        <message>
            <source>That rating no longer exists.</source>
            <translation>Esa valoración ya no existe.</translation>
        </message>
        <message>
            <source>Draft {row} is adopted; un-adopt it to change ratings.</source>
            <translation>El borrador {row} está adoptado; anula la adopción para cambiar las valoraciones.</translation>
        </message>
        <message>
            <source>Draft {number} is already the adopted purpose.</source>
            <translation>El borrador {number} ya es el propósito adoptado.</translation>
        </message>
        <message>
            <source>Draft {number} is not adopted.</source>
            <translation>El borrador {number} no está adoptado.</translation>
        </message>
        <message>
            <source>This activity takes one purpose per participant: choose one.</source>
            <translation>Esta actividad admite un propósito por participante: elige uno.</translation>
        </message>
        <message>
            <source>“{phrase}” has only common words, which are never counted.</source>
            <translation>«{phrase}» solo tiene palabras comunes, que nunca se cuentan.</translation>
        </message>
        <message>
            <source>The draft to start from no longer exists.</source>
            <translation>El borrador del que partir ya no existe.</translation>
        </message>
        <message>
            <source>A term</source>
            <translation>Un término</translation>
        </message>
        <message>
            <source>The commitment</source>
            <translation>El compromiso</translation>
        </message>
        <message>
            <source>{name} is no longer on the participant list.</source>
            <translation>{name} ya no está en la lista de participantes.</translation>
        </message>
        <message>
            <source>Offers and asks can only be added to an offers-and-asks activity.</source>
            <translation>Las ofertas y peticiones solo se pueden añadir a una actividad de ofertas y peticiones.</translation>
        </message>
        <message>
            <source>Select the cards to remove first.</source>
            <translation>Selecciona primero las tarjetas que quieres quitar.</translation>
        </message>
        <message>
            <source>Select the commitments to remove first.</source>
            <translation>Selecciona primero los compromisos que quieres quitar.</translation>
        </message>
        <message>
            <source>That card no longer exists.</source>
            <translation>Esa tarjeta ya no existe.</translation>
        </message>
        <message>
            <source>This card is part of a commitment: remove the commitment before changing whose card it is or whether it offers or asks.</source>
            <translation>Esta tarjeta forma parte de un compromiso: quita el compromiso antes de cambiar de quién es o si ofrece o pide.</translation>
        </message>
        <message>
            <source>A commitment joins an offer to an ask.</source>
            <translation>Un compromiso une una oferta con una petición.</translation>
        </message>
        <message>
            <source>The offer and the ask belong to different activities.</source>
            <translation>La oferta y la petición pertenecen a actividades distintas.</translation>
        </message>
        <message>
            <source>{label} cannot meet their own ask: choose an offer from someone else.</source>
            <translation>{label} no puede atender su propia petición: elige una oferta de otra persona.</translation>
        </message>
        <message>
            <source>This offer is already committed to this ask.</source>
            <translation>Esta oferta ya está comprometida con esta petición.</translation>
        </message>
        <message>
            <source>That commitment no longer exists.</source>
            <translation>Ese compromiso ya no existe.</translation>
        </message>
        <message>
            <source>The action</source>
            <translation>La acción</translation>
        </message>
        <message>
            <source>That promise is no longer on the list.</source>
            <translation>Esa promesa ya no está en la lista.</translation>
        </message>
        <message>
            <source>A review note</source>
            <translation>Una nota de revisión</translation>
        </message>
        <message>
            <source>Add or take away at least one minute.</source>
            <translation>Añade o quita al menos un minuto.</translation>
        </message>
        <message>
            <source>Start the activity first: its timer runs while it is under way.</source>
            <translation>Empieza primero la actividad: su temporizador corre mientras está en marcha.</translation>
        </message>
        <message>
            <source>“{title}” is not a dot vote.</source>
            <translation>«{title}» no es una votación con puntos.</translation>
        </message>
        <message>
            <source>That item is no longer on the board.</source>
            <translation>Ese elemento ya no está en el tablero.</translation>
        </message>
        <message>
            <source>{name} has already finished their ballot.</source>
            <translation>{name} ya ha terminado su papeleta.</translation>
        </message>
        <message>
            <source>{name} already has a ballot in this vote.</source>
            <translation>{name} ya tiene una papeleta en esta votación.</translation>
        </message>
        <message>
            <source>There are no paper dots on this item to take away.</source>
            <translation>No hay puntos en papel en este elemento que restar.</translation>
        </message>
        <message>
            <source>Choose a brainstorm for the vote to vote on.</source>
            <translation>Elige la lluvia de ideas sobre la que se vota.</translation>
        </message>
        <message>
            <source>{name} already has a proxy ballot in this vote.</source>
            <translation>{name} ya tiene una papeleta por delegación en esta votación.</translation>
        </message>
        <message>
            <source>The facilitator's notes</source>
            <translation>Las notas de la facilitación</translation>
        </message>
        <message>
            <source>A cluster title</source>
            <translation>Un título de grupo</translation>
        </message>
        <message>
            <source>A blend</source>
            <translation>Una combinación</translation>
        </message>
        <message>
            <source>A draft</source>
            <translation>Un borrador</translation>
        </message>
        <message>
            <source>An offer or ask</source>
            <translation>Una oferta o petición</translation>
        </message>
        <message>
            <source>The condition</source>
            <translation>La condición</translation>
        </message>
        <message>
            <source>{x} is not 0 (no) or 1 (yes).</source>
            <translation>{x} no es 0 (no) ni 1 (sí).</translation>
        </message>
        <message>
            <source>The merged terms are not a list of at least two terms.</source>
            <translation>Los términos fusionados no son una lista de al menos dos términos.</translation>
        </message>
        <message>
            <source>this version does not know this column (a newer Workshop made it?)</source>
            <translation>esta versión no conoce esta columna (¿la creó un Workshop más reciente?)</translation>
        </message>
        <message>
            <source>{shown} is out of range (at most {int_max})</source>
            <translation>{shown} está fuera de rango (como máximo {int_max})</translation>
        </message>
        <message>
            <source>“{one_line}” is not one of {names}.</source>
            <translation>«{one_line}» no es uno de {names}.</translation>
        </message>
        <message>
            <source>{x} is outside {low} to {high}.</source>
            <translation>{x} está fuera de {low} a {high}.</translation>
        </message>
        <message>
            <source>The merged terms are not a list.</source>
            <translation>Los términos fusionados no son una lista.</translation>
        </message>
        <message>
            <source>cannot be empty (null)</source>
            <translation>no puede estar vacío (null)</translation>
        </message>
        <message>
            <source>{typed} is not an id (a whole number from 1 to {id_max})</source>
            <translation>{typed} no es un id (un número entero de 1 a {id_max})</translation>
        </message>
        <message>
            <source>a whole number is needed, not {shown}</source>
            <translation>hace falta un número entero, no {shown}</translation>
        </message>
        <message>
            <source>a number is needed, not {shown}</source>
            <translation>hace falta un número, no {shown}</translation>
        </message>
        <message>
            <source>a finite number is needed</source>
            <translation>hace falta un número finito</translation>
        </message>
        <message>
            <source>text is needed, not {shown}</source>
            <translation>hace falta texto, no {shown}</translation>
        </message>
        <message>
            <source>the text holds a broken character (a lone surrogate)</source>
            <translation>el texto contiene un carácter roto (un sustituto aislado)</translation>
        </message>
        <message>
            <source>The next meeting needs a file of its own: choose another name.</source>
            <translation>La próxima reunión necesita su propio archivo: elige otro nombre.</translation>
        </message>
        <message>
            <source>The workshop has just closed.</source>
            <translation>El taller se acaba de cerrar.</translation>
        </message>
    </context>
    <context>
        <name>kinds</name>
        <message>
            <source>Brainstorm</source>
            <translation>Lluvia de ideas</translation>
        </message>
        <message>
            <source>Participatory budget</source>
            <translation>Presupuesto participativo</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Prompt / discussion</source>
            <translation>Pregunta / debate</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cierre</translation>
        </message>
        <message>
            <source>Dot vote</source>
            <translation>Votación con puntos</translation>
        </message>
        <message>
            <source>Offers and asks</source>
            <translation>Ofertas y peticiones</translation>
        </message>
        <message>
            <source>Pulse check</source>
            <translation>Toma de pulso</translation>
        </message>
        <message>
            <source>Purpose blend</source>
            <translation>Mezcla de propósitos</translation>
        </message>
        <message>
            <source>Review of promises</source>
            <translation>Revisión de promesas</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>en</source>
            <translation>es</translation>
        </message>
    </context>
    <context>
        <name>pulse</name>
        <message>
            <source>Fist of five (0–5)</source>
            <translation>Puño de cinco (0–5)</translation>
        </message>
        <message>
            <source>Agreement (1–5)</source>
            <translation>Acuerdo (1–5)</translation>
        </message>
        <message>
            <source>Fist: block</source>
            <translation>Puño: bloqueo</translation>
        </message>
        <message>
            <source>Serious doubts</source>
            <translation>Dudas serias</translation>
        </message>
        <message>
            <source>Some doubts</source>
            <translation>Algunas dudas</translation>
        </message>
        <message>
            <source>Can live with it</source>
            <translation>Puedo aceptarlo</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bien</translation>
        </message>
        <message>
            <source>Fully behind it</source>
            <translation>Totalmente a favor</translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation>Muy en desacuerdo</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>En desacuerdo</translation>
        </message>
        <message>
            <source>Neither</source>
            <translation>Ni sí ni no</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>De acuerdo</translation>
        </message>
        <message>
            <source>Strongly agree</source>
            <translation>Muy de acuerdo</translation>
        </message>
        <message>
            <source>Common agenda</source>
            <extracomment>The collective impact conditions: (full name, the short name charts use).</extracomment>
            <translation>Agenda común</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Shared measurement</source>
            <translation>Medición compartida</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Medición</translation>
        </message>
        <message>
            <source>Mutually reinforcing activities</source>
            <translation>Actividades que se refuerzan</translation>
        </message>
        <message>
            <source>Reinforcing</source>
            <translation>Refuerzo</translation>
        </message>
        <message>
            <source>Continuous communication</source>
            <translation>Comunicación continua</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Comunicación</translation>
        </message>
        <message>
            <source>Backbone support</source>
            <translation>Organización de apoyo</translation>
        </message>
        <message>
            <source>Backbone</source>
            <translation>Apoyo</translation>
        </message>
        <message>
            <source>Round %1</source>
            <translation>Ronda %1</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Aún no hay respuestas</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <source>median %1</source>
            <translation>mediana %1</translation>
        </message>
        <message>
            <source>middle half %1–%2</source>
            <translation>mitad central %1–%2</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Make 1 breakout copy</source>
            <translation>Crear 1 copia de mesa</translation>
        </message>
        <message>
            <source>Make {count} breakout copies</source>
            <translation>Crear {count} copias de mesa</translation>
        </message>
        <message>
            <source>Merge {count} breakout tables</source>
            <translation>Fusionar {count} mesas</translation>
        </message>
        <message>
            <source>Merge {table}</source>
            <translation>Fusionar {table}</translation>
        </message>
        <message>
            <source>Mark action open</source>
            <translation>Marcar la acción como abierta</translation>
        </message>
        <message>
            <source>Mark action doing</source>
            <translation>Marcar la acción como en curso</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Marcar la acción como hecha</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Quitar acción</translation>
        </message>
        <message>
            <source>Remove {count} actions</source>
            <translation>Quitar {count} acciones</translation>
        </message>
        <message>
            <source>Make action</source>
            <translation>Crear acción</translation>
        </message>
        <message>
            <source>Make {count} actions</source>
            <translation>Crear {count} acciones</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar acción</translation>
        </message>
        <message>
            <source>Add action “{text}”</source>
            <translation>Añadir acción «{text}»</translation>
        </message>
        <message>
            <source>Remove activity</source>
            <translation>Quitar actividad</translation>
        </message>
        <message>
            <source>Remove {count} activities</source>
            <translation>Quitar {count} actividades</translation>
        </message>
        <message>
            <source>Change timebox</source>
            <translation>Cambiar tiempo asignado</translation>
        </message>
        <message>
            <source>Reorder agenda</source>
            <translation>Reordenar el orden del día</translation>
        </message>
        <message>
            <source>Start activity</source>
            <translation>Empezar actividad</translation>
        </message>
        <message>
            <source>Finish activity</source>
            <translation>Terminar actividad</translation>
        </message>
        <message>
            <source>Mark activity as planned</source>
            <translation>Marcar actividad como prevista</translation>
        </message>
        <message>
            <source>Add activity “{title}”</source>
            <translation>Añadir actividad «{title}»</translation>
        </message>
        <message>
            <source>Edit activity “{title}”</source>
            <translation>Editar actividad «{title}»</translation>
        </message>
        <message>
            <source>Use template “{name}”</source>
            <translation>Usar plantilla «{name}»</translation>
        </message>
        <message>
            <source>Add {count} notes</source>
            <translation>Añadir {count} notas</translation>
        </message>
        <message>
            <source>Colour note {name}</source>
            <translation>Colorear nota: {name}</translation>
        </message>
        <message>
            <source>Colour {count} notes {name}</source>
            <translation>Colorear {count} notas: {name}</translation>
        </message>
        <message>
            <source>Change author of note</source>
            <translation>Cambiar autoría de la nota</translation>
        </message>
        <message>
            <source>Change author of {count} notes</source>
            <translation>Cambiar autoría de {count} notas</translation>
        </message>
        <message>
            <source>Ungroup</source>
            <translation>Desagrupar</translation>
        </message>
        <message>
            <source>Ungroup {count} clusters</source>
            <translation>Desagrupar {count} grupos</translation>
        </message>
        <message>
            <source>Group note as “{title}”, moved out of: {moved}</source>
            <translation>Agrupar nota como «{title}», sacada de: {moved}</translation>
        </message>
        <message>
            <source>Group {count} notes as “{title}”, moved out of: {moved}</source>
            <translation>Agrupar {count} notas como «{title}», sacadas de: {moved}</translation>
        </message>
        <message>
            <source>Move {clusters} clusters and {notes} notes</source>
            <translation>Mover {clusters} grupos y {notes} notas</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>Borrar la selección</translation>
        </message>
        <message>
            <source>Add note “{text}”</source>
            <translation>Añadir nota «{text}»</translation>
        </message>
        <message>
            <source>Take note out of cluster</source>
            <translation>Sacar nota del grupo</translation>
        </message>
        <message>
            <source>Take {count} notes out of cluster</source>
            <translation>Sacar {count} notas del grupo</translation>
        </message>
        <message>
            <source>Put note in cluster</source>
            <translation>Meter nota en el grupo</translation>
        </message>
        <message>
            <source>Put {count} notes in cluster</source>
            <translation>Meter {count} notas en el grupo</translation>
        </message>
        <message>
            <source>Move cluster</source>
            <translation>Mover grupo</translation>
        </message>
        <message>
            <source>Tidy up</source>
            <translation>Ordenar</translation>
        </message>
        <message>
            <source>Group note as “{title}”</source>
            <translation>Agrupar nota como «{title}»</translation>
        </message>
        <message>
            <source>Group {count} notes as “{title}”</source>
            <translation>Agrupar {count} notas como «{title}»</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Mover nota</translation>
        </message>
        <message>
            <source>Move {count} notes</source>
            <translation>Mover {count} notas</translation>
        </message>
        <message>
            <source>Move {count} clusters</source>
            <translation>Mover {count} grupos</translation>
        </message>
        <message>
            <source>Move {clusters} clusters and 1 note</source>
            <translation>Mover {clusters} grupos y 1 nota</translation>
        </message>
        <message>
            <source>Edit note “{text}”</source>
            <translation>Editar nota «{text}»</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Borrar nota</translation>
        </message>
        <message>
            <source>Delete {count} notes</source>
            <translation>Borrar {count} notas</translation>
        </message>
        <message>
            <source>Rename cluster to “{title}”</source>
            <translation>Renombrar grupo como «{title}»</translation>
        </message>
        <message>
            <source>Move 1 cluster and 1 note</source>
            <translation>Mover 1 grupo y 1 nota</translation>
        </message>
        <message>
            <source>Move 1 cluster and {notes} notes</source>
            <translation>Mover 1 grupo y {notes} notas</translation>
        </message>
        <message>
            <source>Show Greedy by votes</source>
            <translation>Mostrar: Voraz por votos</translation>
        </message>
        <message>
            <source>Show Equal Shares (cost satisfaction)</source>
            <translation>Mostrar: Partes Iguales (satisfacción por coste)</translation>
        </message>
        <message>
            <source>Show Equal Shares (cardinality satisfaction)</source>
            <translation>Mostrar: Partes Iguales (satisfacción por cardinalidad)</translation>
        </message>
        <message>
            <source>Show Equal Shares, completed</source>
            <translation>Mostrar: Partes Iguales, completado</translation>
        </message>
        <message>
            <source>Set budget</source>
            <translation>Fijar presupuesto</translation>
        </message>
        <message>
            <source>Set ballot rules</source>
            <translation>Fijar reglas de la papeleta</translation>
        </message>
        <message>
            <source>Secret ballots</source>
            <translation>Papeletas secretas</translation>
        </message>
        <message>
            <source>Open ballots</source>
            <translation>Papeletas abiertas</translation>
        </message>
        <message>
            <source>Reveal budget results</source>
            <translation>Revelar resultados del presupuesto</translation>
        </message>
        <message>
            <source>Hide budget results</source>
            <translation>Ocultar resultados del presupuesto</translation>
        </message>
        <message>
            <source>Add project</source>
            <translation>Añadir proyecto</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>Editar proyecto</translation>
        </message>
        <message>
            <source>Remove project</source>
            <translation>Quitar proyecto</translation>
        </message>
        <message>
            <source>Project from the board</source>
            <translation>Proyecto desde el tablero</translation>
        </message>
        <message>
            <source>Remove ballot</source>
            <translation>Quitar papeleta</translation>
        </message>
        <message>
            <source>Clear ballots</source>
            <translation>Borrar papeletas</translation>
        </message>
        <message>
            <source>Import participatory budget</source>
            <translation>Importar presupuesto participativo</translation>
        </message>
        <message>
            <source>Paste {count} projects</source>
            <translation>Pegar {count} proyectos</translation>
        </message>
        <message>
            <source>Paper ballot</source>
            <translation>Papeleta en papel</translation>
        </message>
        <message>
            <source>Paper tally of project {number}</source>
            <translation>Recuento en papel del proyecto {number}</translation>
        </message>
        <message>
            <source>Proxy ballot for {name}</source>
            <translation>Papeleta por delegación de {name}</translation>
        </message>
        <message>
            <source>Ballot of {name}</source>
            <translation>Papeleta de {name}</translation>
        </message>
        <message>
            <source>Rename workshop</source>
            <translation>Renombrar taller</translation>
        </message>
        <message>
            <source>Change anonymity</source>
            <translation>Cambiar anonimato</translation>
        </message>
        <message>
            <source>Change the workshop's language</source>
            <translation>Cambiar el idioma del taller</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>Editar datos del taller</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Quitar participante</translation>
        </message>
        <message>
            <source>Remove {count} participants</source>
            <translation>Quitar {count} participantes</translation>
        </message>
        <message>
            <source>Add {count} participants</source>
            <translation>Añadir {count} participantes</translation>
        </message>
        <message>
            <source>Add “{name}”</source>
            <translation>Añadir «{name}»</translation>
        </message>
        <message>
            <source>Add participant “{name}”</source>
            <translation>Añadir participante «{name}»</translation>
        </message>
        <message>
            <source>Edit participant “{name}”</source>
            <translation>Editar participante «{name}»</translation>
        </message>
        <message>
            <source>Phone notes wait for approval</source>
            <translation>Las notas de teléfono esperan aprobación</translation>
        </message>
        <message>
            <source>Phone notes go to the board</source>
            <translation>Las notas de teléfono van al tablero</translation>
        </message>
        <message>
            <source>People may add themselves</source>
            <translation>Las personas pueden añadirse solas</translation>
        </message>
        <message>
            <source>Only listed people may join</source>
            <translation>Solo pueden unirse las personas de la lista</translation>
        </message>
        <message>
            <source>Open “{title}” to phones</source>
            <translation>Abrir «{title}» a los teléfonos</translation>
        </message>
        <message>
            <source>Close “{title}” to phones</source>
            <translation>Cerrar «{title}» a los teléfonos</translation>
        </message>
        <message>
            <source>Approve phone note</source>
            <translation>Aprobar nota de teléfono</translation>
        </message>
        <message>
            <source>Approve {count} phone notes</source>
            <translation>Aprobar {count} notas de teléfono</translation>
        </message>
        <message>
            <source>Discard phone note</source>
            <translation>Descartar nota de teléfono</translation>
        </message>
        <message>
            <source>Discard {count} phone notes</source>
            <translation>Descartar {count} notas de teléfono</translation>
        </message>
        <message>
            <source>Phone note “{text}”</source>
            <translation>Nota de teléfono «{text}»</translation>
        </message>
        <message>
            <source>Offer from a phone</source>
            <translation>Oferta desde un teléfono</translation>
        </message>
        <message>
            <source>Ask from a phone</source>
            <translation>Petición desde un teléfono</translation>
        </message>
        <message>
            <source>Phones on</source>
            <translation>Teléfonos activados</translation>
        </message>
        <message>
            <source>Stop sharing with phones</source>
            <translation>Dejar de compartir con los teléfonos</translation>
        </message>
        <message>
            <source>New join code</source>
            <translation>Nuevo código de acceso</translation>
        </message>
        <message>
            <source>Join from a phone</source>
            <translation>Alta desde un teléfono</translation>
        </message>
        <message>
            <source>Ballot from a phone</source>
            <translation>Papeleta desde un teléfono</translation>
        </message>
        <message>
            <source>Answer from a phone</source>
            <translation>Respuesta desde un teléfono</translation>
        </message>
        <message>
            <source>Rating from a phone</source>
            <translation>Valoración desde un teléfono</translation>
        </message>
        <message>
            <source>Budget ballot from a phone</source>
            <translation>Papeleta de presupuesto desde un teléfono</translation>
        </message>
        <message>
            <source>Add pulse statement</source>
            <translation>Añadir afirmación de pulso</translation>
        </message>
        <message>
            <source>Add collective impact check</source>
            <translation>Añadir comprobación de impacto colectivo</translation>
        </message>
        <message>
            <source>Edit pulse statement</source>
            <translation>Editar afirmación de pulso</translation>
        </message>
        <message>
            <source>Remove pulse statement</source>
            <translation>Quitar afirmación de pulso</translation>
        </message>
        <message>
            <source>Ask again</source>
            <translation>Preguntar de nuevo</translation>
        </message>
        <message>
            <source>Rename round</source>
            <translation>Renombrar ronda</translation>
        </message>
        <message>
            <source>Remove round</source>
            <translation>Quitar ronda</translation>
        </message>
        <message>
            <source>Enter tally</source>
            <translation>Introducir recuento</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>Añadir respuesta</translation>
        </message>
        <message>
            <source>Clear answers</source>
            <translation>Borrar respuestas</translation>
        </message>
        <message>
            <source>Show results</source>
            <translation>Mostrar resultados</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>Ocultar resultados</translation>
        </message>
        <message>
            <source>Show the shift to the room</source>
            <translation>Mostrar el cambio a la sala</translation>
        </message>
        <message>
            <source>Show statement to the room</source>
            <translation>Mostrar la afirmación a la sala</translation>
        </message>
        <message>
            <source>Change purpose settings</source>
            <translation>Cambiar ajustes de propósitos</translation>
        </message>
        <message>
            <source>Hide “{term}”</source>
            <translation>Ocultar «{term}»</translation>
        </message>
        <message>
            <source>Hide {count} terms</source>
            <translation>Ocultar {count} términos</translation>
        </message>
        <message>
            <source>Clear pairs</source>
            <translation>Borrar parejas</translation>
        </message>
        <message>
            <source>Clear fours</source>
            <translation>Borrar grupos de cuatro</translation>
        </message>
        <message>
            <source>Show themes to the room</source>
            <translation>Mostrar los temas a la sala</translation>
        </message>
        <message>
            <source>Hide themes from the room</source>
            <translation>Ocultar los temas a la sala</translation>
        </message>
        <message>
            <source>Add purpose statement</source>
            <translation>Añadir declaración de propósito</translation>
        </message>
        <message>
            <source>Add purpose of {party}</source>
            <translation>Añadir propósito de {party}</translation>
        </message>
        <message>
            <source>Edit purpose statement</source>
            <translation>Editar declaración de propósito</translation>
        </message>
        <message>
            <source>Remove purpose statement</source>
            <translation>Quitar declaración de propósito</translation>
        </message>
        <message>
            <source>Merge terms</source>
            <translation>Fusionar términos</translation>
        </message>
        <message>
            <source>Merge “{terms}”</source>
            <translation>Fusionar «{terms}»</translation>
        </message>
        <message>
            <source>Split merged terms</source>
            <translation>Separar términos fusionados</translation>
        </message>
        <message>
            <source>Hide terms</source>
            <translation>Ocultar términos</translation>
        </message>
        <message>
            <source>Show hidden term</source>
            <translation>Mostrar término oculto</translation>
        </message>
        <message>
            <source>Move to another group</source>
            <translation>Mover a otro grupo</translation>
        </message>
        <message>
            <source>Capture blended statement</source>
            <translation>Recoger declaración combinada</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>Nuevo borrador</translation>
        </message>
        <message>
            <source>Draft {number}</source>
            <translation>Borrador {number}</translation>
        </message>
        <message>
            <source>Edit draft</source>
            <translation>Editar borrador</translation>
        </message>
        <message>
            <source>Edit draft {number}</source>
            <translation>Editar borrador {number}</translation>
        </message>
        <message>
            <source>Remove draft</source>
            <translation>Quitar borrador</translation>
        </message>
        <message>
            <source>Remove draft {number}</source>
            <translation>Quitar borrador {number}</translation>
        </message>
        <message>
            <source>Rate draft</source>
            <translation>Valorar borrador</translation>
        </message>
        <message>
            <source>Rate draft {number}: {party} {score}/5</source>
            <translation>Valorar borrador {number}: {party} {score}/5</translation>
        </message>
        <message>
            <source>Remove rating</source>
            <translation>Quitar valoración</translation>
        </message>
        <message>
            <source>Adopt draft</source>
            <translation>Adoptar borrador</translation>
        </message>
        <message>
            <source>Adopt draft {number}</source>
            <translation>Adoptar borrador {number}</translation>
        </message>
        <message>
            <source>Un-adopt draft</source>
            <translation>Anular adopción del borrador</translation>
        </message>
        <message>
            <source>Un-adopt draft {number}</source>
            <translation>Anular adopción del borrador {number}</translation>
        </message>
        <message>
            <source>Propose pairs</source>
            <translation>Proponer parejas</translation>
        </message>
        <message>
            <source>Propose fours</source>
            <translation>Proponer grupos de cuatro</translation>
        </message>
        <message>
            <source>Add offer “{text}”</source>
            <translation>Añadir oferta «{text}»</translation>
        </message>
        <message>
            <source>Add ask “{text}”</source>
            <translation>Añadir petición «{text}»</translation>
        </message>
        <message>
            <source>Remove card</source>
            <translation>Quitar tarjeta</translation>
        </message>
        <message>
            <source>Remove {count} cards</source>
            <translation>Quitar {count} tarjetas</translation>
        </message>
        <message>
            <source>Confirm: {giver} → {receiver}</source>
            <translation>Confirmar: {giver} → {receiver}</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Quitar compromiso</translation>
        </message>
        <message>
            <source>Remove {count} commitments</source>
            <translation>Quitar {count} compromisos</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>Editar tarjeta</translation>
        </message>
        <message>
            <source>Confirm commitment</source>
            <translation>Confirmar compromiso</translation>
        </message>
        <message>
            <source>Edit commitment</source>
            <translation>Editar compromiso</translation>
        </message>
        <message>
            <source>Review promise: not reviewed</source>
            <translation>Revisar promesa: sin revisar</translation>
        </message>
        <message>
            <source>Review promise: in progress</source>
            <translation>Revisar promesa: en curso</translation>
        </message>
        <message>
            <source>Review promise: done</source>
            <translation>Revisar promesa: hecha</translation>
        </message>
        <message>
            <source>Review promise: dropped</source>
            <translation>Revisar promesa: abandonada</translation>
        </message>
        <message>
            <source>Start “{title}”</source>
            <translation>Empezar «{title}»</translation>
        </message>
        <message>
            <source>Finish “{title}”</source>
            <translation>Terminar «{title}»</translation>
        </message>
        <message>
            <source>Pause timer</source>
            <translation>Pausar temporizador</translation>
        </message>
        <message>
            <source>Resume timer</source>
            <translation>Reanudar temporizador</translation>
        </message>
        <message>
            <source>Reset timer</source>
            <translation>Reiniciar temporizador</translation>
        </message>
        <message>
            <source>Timer +{minutes} min</source>
            <translation>Temporizador +{minutes} min</translation>
        </message>
        <message>
            <source>Timer −{minutes} min</source>
            <translation>Temporizador −{minutes} min</translation>
        </message>
        <message>
            <source>Weigh organisations equally</source>
            <translation>Pesar las organizaciones por igual</translation>
        </message>
        <message>
            <source>Count dots as cast</source>
            <translation>Contar los puntos tal como se pusieron</translation>
        </message>
        <message>
            <source>Make agenda from results (1 item)</source>
            <translation>Crear orden del día con los resultados (1 elemento)</translation>
        </message>
        <message>
            <source>Make agenda from results ({count} items)</source>
            <translation>Crear orden del día con los resultados ({count} elementos)</translation>
        </message>
        <message>
            <source>Change vote settings</source>
            <translation>Cambiar ajustes de la votación</translation>
        </message>
        <message>
            <source>Add a dot</source>
            <translation>Añadir un punto</translation>
        </message>
        <message>
            <source>Remove a dot</source>
            <translation>Quitar un punto</translation>
        </message>
        <message>
            <source>Tally paper dots</source>
            <translation>Contar puntos en papel</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>Revelar resultados</translation>
        </message>
        <message>
            <source>Close vote</source>
            <translation>Cerrar votación</translation>
        </message>
        <message>
            <source>Reopen vote</source>
            <translation>Reabrir votación</translation>
        </message>
        <message>
            <source>Reset vote</source>
            <translation>Reiniciar votación</translation>
        </message>
        <message>
            <source>Ballot of {name} done</source>
            <translation>Papeleta de {name} terminada</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Próxima reunión</translation>
        </message>
    </context>
</TS>
