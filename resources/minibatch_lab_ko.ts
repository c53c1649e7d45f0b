<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../gui/boundary_view.py" line="155" />
        <source>The decision boundary is shown for 2-D datasets (moons, circles, XOR, blobs).</source>
        <translation>결정 경계는 2차원 데이터(반달, 동심원, XOR, 군집)에서만 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/boundary_view.py" line="158" />
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../gui/boundary_view.py" line="159" />
        <source>validation</source>
        <translation>검증</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../gui/dialogs.py" line="48" />
        <source>Copy as Python</source>
        <translation>Python 코드로 복사</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="57" />
        <source>Copied to the clipboard. Paste it into a notebook started in the Minibatch Lab folder: it reproduces this run and the matching MLPClassifier.</source>
        <translation>클립보드에 복사했습니다. Minibatch Lab 폴더에서 시작한 노트북에 붙여 넣으면 이번 실행과 이에 대응하는 MLPClassifier를 그대로 재현합니다.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="63" />
        <source>Copy again</source>
        <translation>다시 복사</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../gui/compare_panel.py" line="131" />
        <source>Comparison with scikit-learn</source>
        <translation>scikit-learn과 비교</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="132" />
        <source>Our network</source>
        <translation>우리 신경망</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="133" />
        <source>MLPClassifier</source>
        <translation>MLPClassifier</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="135" />
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="136" />
        <source>Training accuracy</source>
        <translation>훈련 정확도</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="137" />
        <source>Epochs run</source>
        <translation>실행한 에포크</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="138" />
        <source>Training time</source>
        <translation>훈련 시간</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="146" />
        <source>MLPClassifier's defaults, which the book's comparison used.</source>
        <translation>책에서 비교할 때 사용한 MLPClassifier의 기본 설정입니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="150" />
        <source>Plain mini-batch gradient descent, like our network, for a fair comparison.</source>
        <translation>공정하게 비교할 수 있도록 우리 신경망과 똑같이 모멘텀 없는 미니 배치 경사 하강법을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="154" />
        <source>Scores can differ even with the same settings: MLPClassifier starts from other random weights, and 'as in the book' adds momentum and stops early.</source>
        <translation>설정이 같아도 점수는 다를 수 있습니다. MLPClassifier는 다른 무작위 가중치에서 시작하고, '책과 같은 설정'은 모멘텀을 사용하며 조기 종료합니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="214" />
        <source>MLPClassifier has no L1 penalty: its run ignores L1 = {0}.</source>
        <translation>MLPClassifier에는 L1 규제가 없어서 L1 = {0} 설정은 무시됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="171" />
        <source>training…</source>
        <translation>훈련 중…</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="144" />
        <source>As in the book</source>
        <translation>책과 같은 설정</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="145" />
        <source>momentum 0.9, early stopping</source>
        <translation>모멘텀 0.9, 조기 종료</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="147" />
        <source>Same algorithm</source>
        <translation>같은 알고리즘</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="148" />
        <source>momentum 0, all epochs</source>
        <translation>모멘텀 0, 모든 에포크 실행</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="172" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="173" />
        <source>weights overflowed</source>
        <translation>가중치 오버플로</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="191" />
        <source>These numbers belong to earlier settings ({0}). Train to compare the settings shown now.</source>
        <translation>이 숫자는 이전 설정({0})의 결과입니다. 지금 설정과 비교하려면 다시 훈련하세요.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="199" />
        <source>MLPClassifier: random_state {0}, momentum {1:g}.</source>
        <translation>MLPClassifier: random_state {0}, 모멘텀 {1:g}.</translation>
    </message>
    <message>
        <location filename="../gui/compare_panel.py" line="205" />
        <source>* MLPClassifier stopped early: no 1e-4 improvement in 10 epochs.</source>
        <translation>* MLPClassifier 조기 종료: 10 에포크 동안 손실이 1e-4 이상 줄지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../gui/csv_texts.py" line="26" />
        <source>column {number}</source>
        <translation>{number}번째 열</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="34" />
        <source>ignored</source>
        <translation>무시</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="35" />
        <source>named like an id</source>
        <translation>ID 같은 이름</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="36" />
        <source>a row number</source>
        <translation>행 번호</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="37" />
        <source>empty</source>
        <translation>빈 열</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="52" />
        <source>Ignored: {columns}</source>
        <translation>무시한 열: {columns}</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="56" />
        <source>{count} rows with missing values dropped</source>
        <translation>누락된 값이 있는 행 {count}개 뺌</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="62" />
        <source>{count} rows of other classes dropped</source>
        <translation>다른 클래스의 행 {count}개 뺌</translation>
    </message>
    <message>
        <location filename="../gui/csv_loader.py" line="218" />
        <source>Reading the CSV file</source>
        <translation>CSV 파일 읽는 중</translation>
    </message>
    <message>
        <location filename="../gui/csv_loader.py" line="220" />
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../gui/csv_dialog.py" line="112" />
        <source>Import a CSV file</source>
        <translation>CSV 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="113" />
        <source>File: {path}</source>
        <translation>파일: {path}</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="116" />
        <source>The first rows. Untick a column to ignore it; click a column's header to make it the label. Red cells would stop the load.</source>
        <translation>처음 몇 행입니다. 체크를 해제한 열은 무시하고, 열 머리글을 클릭하면 그 열이 레이블이 됩니다. 빨간 셀이 있으면 불러오기가 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="120" />
        <source>Load</source>
        <translation>불러오기</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="121" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="93" />
        <source>Row {row} was taken as the header, but it could also be data: untick the box if it is.</source>
        <translation>{row}행을 머리글로 보았지만 데이터일 수도 있습니다. 데이터라면 체크를 해제하세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="98" />
        <source>Row {row} was taken as data, but it could also be a header: tick the box if it is.</source>
        <translation>{row}행을 데이터로 보았지만 머리글일 수도 있습니다. 머리글이라면 체크하세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="65" />
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="108" />
        <source>{name}
(label)</source>
        <translation>{name}
(레이블)</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="110" />
        <source>{name}
(ignored)</source>
        <translation>{name}
(무시)</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="106" />
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="113" />
        <source>feature</source>
        <translation>특성</translation>
    </message>
    <message>
        <location filename="../gui/csv_preview.py" line="116" />
        <source>Ticked: a feature the network learns from. Unticked: ignored.</source>
        <translation>체크: 신경망이 학습에 쓰는 특성. 체크 해제: 무시.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="72" />
        <source>A missing value: the load stops here unless rows are dropped.</source>
        <translation>누락된 값: 행을 빼도록 고르지 않으면 불러오기가 여기서 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="75" />
        <source>Not a number: ignore this column, make it the label, or check the decimal mark.</source>
        <translation>숫자가 아닙니다: 이 열을 무시하거나, 레이블로 정하거나, 소수점 설정을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="79" />
        <source>Too large to standardise (or infinite).</source>
        <translation>너무 커서(또는 무한대라서) 표준화할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="82" />
        <source>This row has a different number of cells than the others.</source>
        <translation>이 행은 다른 행과 셀 개수가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="118" />
        <source>{rows} rows</source>
        <translation>{rows}행</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="120" />
        <source>about {rows} rows (estimated from the first rows)</source>
        <translation>약 {rows}행 (처음 몇 행으로 추정)</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="124" />
        <source>{rows}, {columns} columns: {features} features, label '{label}'.</source>
        <translation>{rows}, 열 {columns}개: 특성 {features}개, 레이블 '{label}'.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="134" />
        <source>The first rows hold {count} classes ({classes}): choose class 1, and class 0 or every other class.</source>
        <translation>처음 몇 행에 클래스가 {count}개 있습니다({classes}). 클래스 1을 고르고, 클래스 0은 하나를 고르거나 나머지 모든 클래스로 두세요.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="147" />
        <source>every other class</source>
        <translation>나머지 모든 클래스</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="149" />
        <source>'{zero}' → 0, '{one}' → 1.</source>
        <translation>'{zero}' → 0, '{one}' → 1로 봅니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="153" />
        <source>{count} cells of the first rows would stop the load (red: point at them to see why).</source>
        <translation>처음 몇 행에서 셀 {count}개 때문에 불러오기가 멈춥니다(빨간 셀: 마우스를 올리면 이유가 보입니다).</translation>
    </message>
    <message>
        <location filename="../gui/csv_texts.py" line="162" />
        <source>Ignored: {columns}.</source>
        <translation>무시한 열: {columns}.</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="286" />
        <source>Reading the file failed unexpectedly:
{details}</source>
        <translation>파일을 읽다가 예상하지 못한 오류가 났습니다:
{details}</translation>
    </message>
    <message>
        <location filename="../gui/csv_dialog.py" line="293" />
        <source>Loading cancelled: nothing was changed.</source>
        <translation>불러오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CsvOptionsForm</name>
    <message>
        <location filename="../gui/csv_options_form.py" line="91" />
        <source>How to read the file</source>
        <translation>파일 읽는 방법</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="92" />
        <source>What to learn</source>
        <translation>무엇을 학습할지</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="96" />
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="98" />
        <source>How the file's bytes become letters. Automatic looks for a byte-order mark, then tries UTF-8, then cp949 (what Excel saves on a Korean Windows).</source>
        <translation>파일의 바이트를 글자로 바꾸는 방식입니다. 자동은 바이트 순서 표시(BOM)를 찾고, 다음에 UTF-8, 그다음 cp949(한국어 Windows의 Excel이 저장하는 형식)를 시도합니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="103" />
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="105" />
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM 포함)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="106" />
        <source>cp949 / EUC-KR (Korean Excel)</source>
        <translation>cp949 / EUC-KR (한국어 Excel)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="111" />
        <location filename="../gui/csv_options_form.py" line="195" />
        <source>Automatic (found: {encoding})</source>
        <translation>자동 (찾은 인코딩: {encoding})</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="119" />
        <source>Delimiter</source>
        <translation>구분자</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="120" />
        <source>The character between two cells of a row.</source>
        <translation>한 행에서 두 셀 사이에 있는 문자입니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="123" />
        <source>Comma ( , )</source>
        <translation>쉼표 ( , )</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="124" />
        <source>Semicolon ( ; )</source>
        <translation>세미콜론 ( ; )</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="125" />
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="126" />
        <source>Space</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="133" />
        <source>Decimal mark</source>
        <translation>소수점</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="134" />
        <source>How numbers write their fraction: 1.5 (point) or 1,5 (comma).</source>
        <translation>숫자의 소수 부분을 쓰는 방식: 1.5(마침표) 또는 1,5(쉼표).</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="136" />
        <source>Point (1.5)</source>
        <translation>마침표 (1.5)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="137" />
        <source>Comma (1,5)</source>
        <translation>쉼표 (1,5)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="138" />
        <source>The first row is a header (column names)</source>
        <translation>첫 행은 머리글(열 이름)입니다</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="140" />
        <source>Untick it if the first row holds data: otherwise that row is lost.</source>
        <translation>첫 행이 데이터라면 체크를 해제하세요. 그러지 않으면 그 행을 잃습니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="145" />
        <source>Label column</source>
        <translation>레이블 열</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="147" />
        <source>The column the network learns to predict. You can also click a column's header in the table.</source>
        <translation>신경망이 예측하도록 학습할 열입니다. 표에서 열 머리글을 클릭해도 됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="154" />
        <source>Class 1</source>
        <translation>클래스 1</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="156" />
        <source>The label value the network calls 1. With more than two classes, choose one: it is learnt against all the others.</source>
        <translation>신경망이 1이라고 부를 레이블 값입니다. 클래스가 셋 이상이면 하나를 고르세요. 그 클래스를 나머지 전부와 구분하도록 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="163" />
        <source>Class 0</source>
        <translation>클래스 0</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="165" />
        <source>What the network calls 0: every other class, or a single class (the rows of the remaining classes are then dropped).</source>
        <translation>신경망이 0이라고 부를 것: 나머지 모든 클래스, 또는 클래스 하나(이때 남은 클래스의 행은 뺍니다).</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="172" />
        <source>Missing values</source>
        <translation>누락된 값</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="174" />
        <source>An empty cell, NA, NaN or ?: stop and say where it is, or leave out the rows that have one (the summary says how many).</source>
        <translation>빈 셀, NA, NaN 또는 ?: 멈추고 위치를 알려 주거나, 그런 값이 있는 행을 뺍니다(요약에 몇 개인지 나옵니다).</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="178" />
        <source>Refuse the file (say where)</source>
        <translation>파일 거부 (위치 알림)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="179" />
        <source>Drop those rows</source>
        <translation>그 행 빼기</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="296" />
        <source>Choose one: the first rows hold {count} classes</source>
        <translation>하나를 고르세요: 처음 몇 행에 클래스가 {count}개 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="300" />
        <source>Automatic: '{name}' (the second in order)</source>
        <translation>자동: '{name}' (정렬 순서로 두 번째)</translation>
    </message>
    <message>
        <location filename="../gui/csv_options_form.py" line="316" />
        <source>Every other class</source>
        <translation>나머지 모든 클래스</translation>
    </message>
</context>
<context>
    <name>DataErrors</name>
    <message>
        <location filename="../engine/error_catalog.py" line="45" />
        <source>No such file: {path}. Check the folder and the file name.</source>
        <translation>{path} 파일이 없습니다. 폴더와 파일 이름을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="48" />
        <source>{path} is a folder, not a CSV file. Choose a .csv file inside it.</source>
        <translation>{path}: CSV 파일이 아니라 폴더입니다. 폴더 안에 있는 .csv 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="51" />
        <source>{path} is not a file but a device or a pipe; it is not read. Choose a CSV file.</source>
        <translation>{path}: 파일이 아니라 장치나 파이프이므로 읽지 않습니다. CSV 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="55" />
        <source>Cannot read {path}: {reason}. Check that the file is readable.</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}. 파일을 읽을 수 있는지(권한 등) 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="77" />
        <source>{file} is empty. Choose a CSV file with data rows.</source>
        <translation>{file}: 파일이 비어 있습니다. 데이터 행이 들어 있는 CSV 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="78" />
        <source>{file} has a header line but no data rows. Add the data below the header.</source>
        <translation>{file}: 머리글 행만 있고 데이터 행이 없습니다. 머리글 아래에 데이터를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="108" />
        <source>{file}, row {row}: {count} cells, but {reference} has {expected}. Give every row the same number of cells (look for a missing or extra separator).</source>
        <translation>{file}, {row}행: 셀이 {count}개인데 {reference}에는 {expected}개 있습니다. 모든 행의 셀 개수를 똑같이 맞추세요(빠졌거나 남는 구분자가 있는지 살펴보세요).</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="123" />
        <source>{file}, row {row}, {column}: {value} is infinite. Replace it with a finite number or delete the row.</source>
        <translation>{file}, {row}행, {column}: {value} 값은 무한대입니다. 유한한 숫자로 바꾸거나 이 행을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="128" />
        <source>{file}, row {row}, {column}: {value} is too large to standardise (its square overflows). Rescale the column, e.g. to other units, so that values stay below about {value_limit}.</source>
        <translation>{file}, {row}행, {column}: {value} 값이 너무 커서 표준화할 수 없습니다(제곱하면 오버플로가 일어납니다). 다른 단위로 바꾸는 식으로 열의 크기를 조정해 값이 대략 {value_limit}보다 작아지게 하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="144" />
        <source>{where}: every row has the value {value}; a classifier needs two classes. Choose another label column or add rows of the other class.</source>
        <translation>{where}: 모든 행의 값이 {value}입니다. 분류 모델에는 클래스가 두 개 필요합니다. 다른 레이블 열을 고르거나 다른 클래스의 행을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="159" />
        <source>{where}: class {class_name} has only {count} row(s); each class needs at least 2 (one for training, one for validation). Add rows of that class.</source>
        <translation>{where}: 클래스 {class_name}의 행이 {count}개뿐입니다. 클래스마다 행이 적어도 2개(훈련용 하나, 검증용 하나) 필요합니다. 이 클래스의 행을 더 추가하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="164" />
        <source>{where}: a validation ratio of {val_ratio} splits the {rows} rows into {train} train / {validation} validation, which cannot give both parts a row of each class: the smaller class ({class_name}) has {count} rows. Add rows of that class or choose a validation ratio nearer 0.5.</source>
        <translation>{where}: 검증 비율이 {val_ratio}이면 {rows}개 행이 훈련 {train}개 / 검증 {validation}개로 나뉘어, 훈련 세트와 검증 세트 양쪽에 두 클래스의 행을 모두 넣을 수 없습니다. 행이 적은 클래스({class_name})의 행은 {count}개입니다. 이 클래스의 행을 더 추가하거나 검증 비율을 0.5에 더 가깝게 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="199" />
        <source>the value is missing ({value})</source>
        <translation>값이 누락되었습니다({value})</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="200" />
        <source>the cell is empty</source>
        <translation>셀이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="58" />
        <source>{file}, row {row}: the file holds binary data (NUL bytes), so it is not a text CSV file. Export the data as CSV and open that file.</source>
        <translation>{file}, {row}행: 바이너리 데이터(NUL 바이트)가 들어 있어 텍스트 CSV 파일이 아닙니다. 데이터를 CSV 형식으로 내보낸 뒤 그 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="63" />
        <source>{file}, row {row}: byte {byte} is not valid {encoding} text. Choose the file's encoding (in the import dialog, or with --encoding; e.g. cp949 or latin-1), or save the file as 'CSV UTF-8'.</source>
        <translation>{file}, {row}행: 바이트 {byte}은(는) {encoding} 텍스트로 읽을 수 없습니다. 파일의 인코딩을 고르거나(가져오기 대화 상자 또는 --encoding, 예: cp949, latin-1) 파일을 'CSV UTF-8' 형식으로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="69" />
        <source>{file}, row {row}: {reason}. Check the quotes from that row on.</source>
        <translation>{file}, {row}행: {reason}. 이 행부터 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="72" />
        <source>{file}, row {row}: the row runs over {megabytes} MB without ending; a quote is probably never closed. Check the quotes from that row on.</source>
        <translation>{file}, {row}행: 행이 {megabytes}MB가 넘도록 끝나지 않습니다. 닫히지 않은 따옴표가 있는 것 같습니다. 이 행부터 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="82" />
        <source>{file}, row {row}: found {count} column (separator {separator}); at least 2 are needed, one or more features and the label. Choose the delimiter that separates the values.</source>
        <translation>{file}, {row}행: 열이 {count}개뿐입니다(구분자 {separator}). 특성 열이 하나 이상 있고 레이블 열도 있어야 하므로 열이 적어도 2개 필요합니다. 값을 나누는 구분자를 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="88" />
        <source>{file}: columns {first} and {second} are both named {name}. Rename one of them in the header, so that each column can be chosen by name.</source>
        <translation>{file}: {first}번째 열과 {second}번째 열의 이름이 모두 {name}입니다. 이름으로 열을 고를 수 있도록 머리글에서 둘 중 하나의 이름을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="93" />
        <source>{file} has no column {name} (asked for as {role}). Choose from: {columns} (or give its number, 1 to {count}).</source>
        <translation>{file}에는 {name} 열이 없습니다({role}(으)로 지정됨). 다음 중에서 고르세요: {columns} (또는 1부터 {count}까지의 열 번호를 입력하세요).</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="98" />
        <source>{file}: {column} cannot be both the label and ignored. Choose another label column or stop ignoring it.</source>
        <translation>{file}: {column}은(는) 레이블이면서 동시에 무시할 열일 수 없습니다. 다른 레이블 열을 고르거나 이 열을 무시하지 마세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="103" />
        <source>{file}: every column except the label is ignored, so no feature is left. Ignore fewer columns.</source>
        <translation>{file}: 레이블을 뺀 모든 열을 무시해서 남은 특성이 없습니다. 무시할 열을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="113" />
        <source>{file}, row {row}, {column}: {missing}. Fill it in, delete the row, or drop rows with missing values.</source>
        <translation>{file}, {row}행, {column}: {missing}. 값을 채우거나, 이 행을 삭제하거나, 누락된 값이 있는 행을 빼도록 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="118" />
        <source>{file}, row {row}, {column}: {value} is not a number{hint}. Feature columns must hold numbers: correct the cell, ignore the column, or choose it as the label.</source>
        <translation>{file}, {row}행, {column}: {value} 값은 숫자가 아닙니다{hint}. 특성 열에는 숫자만 들어갈 수 있습니다. 셀을 고치거나, 이 열을 무시하거나, 레이블 열로 선택하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="134" />
        <source>{file}, row {row}, {column}: {missing}. Fill in the label, delete the row, or drop rows with missing values.</source>
        <translation>{file}, {row}행, {column}: {missing}. 레이블을 채우거나, 이 행을 삭제하거나, 누락된 값이 있는 행을 빼도록 고르세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="139" />
        <source>{file}, row {row}: more than {limit} cells so far ({count} columns); this app reads up to {limit}. Use fewer rows or columns.</source>
        <translation>{file}, {row}행: 여기까지 셀이 {limit}개를 넘었습니다(열 {count}개). 이 앱은 셀을 {limit}개까지 읽습니다. 행이나 열을 줄이세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="149" />
        <source>{where}: {count} different values ({classes}); the network here tells two classes apart. Choose the class that is 1, learnt against the rest (--positive-class, or Class 1 in the import dialog), or two classes to keep (--keep-classes A,B, or Class 0 in the dialog).</source>
        <translation>{where}: 서로 다른 값이 {count}개 있습니다({classes}). 이 신경망은 두 클래스를 구분합니다. 1이 될 클래스를 골라 나머지 전부와 구분하게 하거나(가져오기 대화 상자의 클래스 1, 또는 --positive-class), 남길 두 클래스를 고르세요(대화 상자의 클래스 0, 또는 --keep-classes A,B).</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="156" />
        <source>{where}: no row has the class {value}. Choose one of: {choices}.</source>
        <translation>{where}: 클래스가 {value}인 행이 없습니다. 다음 중에서 고르세요: {choices}.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="171" />
        <source>{where}: some values are too large to standardise (their squares overflow); rescale the columns, e.g. to other units, so that values stay below about {value_limit}.</source>
        <translation>{where}: 값이 너무 커서 표준화할 수 없습니다(제곱하면 오버플로가 일어납니다). 다른 단위로 바꾸는 식으로 열의 크기를 조정해 값이 대략 {value_limit}보다 작아지게 하세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="201" />
        <source>{file}, label {column}</source>
        <translation>{file}, 레이블 {column}</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="202" />
        <source>the label column</source>
        <translation>레이블 열</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="203" />
        <source>a column to ignore</source>
        <translation>무시할 열</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="204" />
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="205" />
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="206" />
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="207" />
        <source>space</source>
        <translation>공백</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="208" />
        <source>the header</source>
        <translation>머리글 행</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="209" />
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="210" />
        <source> (the decimal mark is set to point: choose comma)</source>
        <translation>(소수점이 마침표로 설정되어 있습니다. 쉼표를 고르세요)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="213" />
        <source> (the decimal mark is set to comma: choose point)</source>
        <translation>(소수점이 쉼표로 설정되어 있습니다. 마침표를 고르세요)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="216" />
        <source> (if row {row} is a header, say so: --header yes, or tick it in the import dialog)</source>
        <translation>({row}행이 머리글이라면 가져오기 대화 상자에서 체크하거나 --header yes로 알려 주세요)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="220" />
        <source>column {name} ({number})</source>
        <translation>{name} 열({number}번째)</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="221" />
        <source>column {number}</source>
        <translation>{number}번째 열</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="222" />
        <source> and {count} more</source>
        <translation> 외 {count}개</translation>
    </message>
</context>
<context>
    <name>FigureTitle</name>
    <message>
        <location filename="../gui/figure_title.py" line="30" />
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="31" />
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="34" />
        <source>hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="35" />
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="36" />
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="37" />
        <source>initialisation</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="38" />
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="45" />
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="48" />
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="49" />
        <source>all ones</source>
        <translation>모두 1</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="50" />
        <source>Glorot (scikit-learn)</source>
        <translation>Glorot (scikit-learn 방식)</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="54" />
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="56" />
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="56" />
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="66" />
        <source>{0} hidden units</source>
        <translation>은닉 유닛 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="67" />
        <source>{0} epochs</source>
        <translation>에포크 {0}번</translation>
    </message>
    <message>
        <location filename="../gui/figure_title.py" line="77" />
        <source>Learning curves</source>
        <translation>학습 곡선</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../gui/file_actions.py" line="74" />
        <location filename="../gui/file_actions.py" line="89" />
        <source>Export PNG</source>
        <translation>PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="69" />
        <source>{0}x: {1} × {2} pixels</source>
        <translation>{0}배: {1} × {2} 픽셀</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="75" />
        <source>Size of the picture (2x is sharp on a slide):</source>
        <translation>그림 크기 (2배면 슬라이드에서 선명합니다):</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="102" />
        <source>Export SVG</source>
        <translation>SVG로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="113" />
        <location filename="../gui/file_actions.py" line="117" />
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="113" />
        <location filename="../gui/file_actions.py" line="129" />
        <source>Nothing to export yet: train a run.</source>
        <translation>아직 내보낼 곡선이 없습니다. 먼저 훈련을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="124" />
        <source>Export mini-batch losses as CSV</source>
        <translation>미니 배치 손실을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="135" />
        <source>This run keeps no mini-batch losses (runs opened from older files have none): train it again to export them.</source>
        <translation>이 실행에는 미니 배치 손실이 저장되어 있지 않습니다 (예전 파일에서 연 실행에는 없습니다). 다시 훈련한 뒤 내보내세요.</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="149" />
        <source>Export all runs as CSV</source>
        <translation>모든 실행을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="155" />
        <source>Save experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="157" />
        <source>Experiment (*.json)</source>
        <translation>실험 (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="168" />
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="171" />
        <source>Experiment (*.json);;All files (*)</source>
        <translation>실험 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="175" />
        <source>The runs in the history will be replaced. Continue?</source>
        <translation>기록에 있는 실행이 모두 바뀝니다. 계속할까요?</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="181" />
        <source>Cannot open the experiment</source>
        <translation>실험을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="207" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="207" />
        <source>Could not write {0}: {1}</source>
        <translation>{0} 파일을 쓸 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../gui/history_model.py" line="81" />
        <source>Show this run's curves in the plot</source>
        <translation>이 실행의 곡선을 그래프에 표시합니다</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="83" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="84" />
        <source>Double-click a name to rename the run</source>
        <translation>이름을 더블클릭하면 실행 이름을 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="87" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="88" />
        <source>Epochs run, or where and why the run ended</source>
        <translation>실행한 에포크 수, 또는 실행이 언제 왜 끝났는지</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="91" />
        <source>Train loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="92" />
        <source>Training loss after the last epoch</source>
        <translation>마지막 에포크의 훈련 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="95" />
        <source>Val loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="96" />
        <source>Validation loss after the last epoch</source>
        <translation>마지막 에포크의 검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="99" />
        <source>Val acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="100" />
        <source>Validation accuracy after the last epoch</source>
        <translation>마지막 에포크의 검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="103" />
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="104" />
        <source>Weight updates: epochs times batches per epoch</source>
        <translation>가중치 업데이트 횟수: 에포크 수 × 에포크당 배치 수</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="107" />
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="108" />
        <source>Seconds spent training</source>
        <translation>훈련에 걸린 시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="111" />
        <source>Dataset</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="112" />
        <source>The data the run learned from</source>
        <translation>이 실행이 학습한 데이터</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="114" />
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="114" />
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="115" />
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="115" />
        <source>Mini-batch size</source>
        <translation>미니 배치 크기</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="116" />
        <source>LR</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="116" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="117" />
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="117" />
        <source>L1 penalty</source>
        <translation>L1 규제</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="118" />
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="118" />
        <source>L2 penalty</source>
        <translation>L2 규제</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="120" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="121" />
        <source>Seed of the initial weights and the batch order</source>
        <translation>초기 가중치와 배치 순서의 시드</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="271" />
        <source>full</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history_panel.py" line="127" />
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="129" />
        <source>Put the selected run's data and settings back into the panel</source>
        <translation>선택한 실행의 데이터와 설정을 패널에 다시 넣습니다</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="131" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="132" />
        <source>Delete the selected runs (Del)</source>
        <translation>선택한 실행을 삭제합니다 (Del)</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="133" />
        <location filename="../gui/history_panel.py" line="237" />
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="135" />
        <source>Remove every run, the comparison and the hints; a run in progress stops</source>
        <translation>모든 실행, 비교 결과, 안내를 지웁니다. 진행 중인 훈련은 멈춥니다</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="137" />
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="138" />
        <source>Hide all</source>
        <translation>모두 숨기기</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="140" />
        <source>Right-click for more columns: dataset, units, batch size, learning rate …</source>
        <translation>오른쪽 클릭으로 열을 더 볼 수 있습니다: 데이터셋, 유닛, 배치 크기, 학습률 …</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="237" />
        <source>Remove every run from the history?</source>
        <translation>기록에서 모든 실행을 지울까요?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="234" />
        <source>Minibatch Lab — mini-batch gradient descent</source>
        <translation>Minibatch Lab — 미니 배치 경사 하강법</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="14" />
        <source>▶ Start</source>
        <translation>▶ 시작</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="15" />
        <source>Train the network with these settings (Ctrl+Enter).</source>
        <translation>현재 설정으로 신경망을 훈련합니다 (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="18" />
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="18" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="22" />
        <source>■ Stop</source>
        <translation>■ 중지</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="322" />
        <location filename="../gui/window_texts.py" line="29" />
        <source>Reset</source>
        <translation>리셋</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="19" />
        <source>Pause or resume the run within one mini-batch (Ctrl+P).</source>
        <translation>미니 배치 하나 안에 훈련을 일시 정지하거나 다시 이어 갑니다 (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="23" />
        <source>Stop within one mini-batch; the curves stay, up to the last whole epoch (Esc).</source>
        <translation>미니 배치 하나 안에 멈춥니다. 마지막으로 끝난 에포크까지의 곡선은 그대로 남습니다 (Esc).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="30" />
        <source>Clear the curves, the run history and the results (Ctrl+R).</source>
        <translation>곡선, 실행 기록, 결과를 모두 지웁니다 (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="33" />
        <source>Batch-size sweep…</source>
        <translation>배치 크기 실험…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="34" />
        <source>Train these settings once per batch size (1, 8, 32, 128, full) and overlay the curves: the book's experiment (Ctrl+B).</source>
        <translation>현재 설정으로 배치 크기(1, 8, 32, 128, 전체)마다 한 번씩 훈련하고 곡선을 겹쳐 그립니다. 책의 실험입니다 (Ctrl+B).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="40" />
        <source>Restore the book's settings</source>
        <translation>책의 설정으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="42" />
        <source>Open CSV…</source>
        <translation>CSV 열기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="43" />
        <source>Train on your own CSV file: preview it and choose how to read it.</source>
        <translation>내 CSV 파일로 훈련합니다. 미리 보고 읽는 방법을 고르세요.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="48" />
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="49" />
        <source>Save the plot as a figure for slides: a title with the dataset and the settings, thick lines, at 1x, 2x or 3x the size (Ctrl+E).</source>
        <translation>그래프를 슬라이드용 그림으로 저장합니다. 데이터셋과 설정이 적힌 제목, 굵은 선, 1배·2배·3배 크기 중에서 고릅니다 (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="57" />
        <source>Save the plot as the same figure in vector form, sharp at any size.</source>
        <translation>같은 그림을 벡터 형식으로 저장합니다. 어떤 크기로 키워도 선명합니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="89" />
        <source>The code of this run and of the matching MLPClassifier (Ctrl+Alt+C).</source>
        <translation>이번 실행과 이에 대응하는 MLPClassifier의 코드입니다 (Ctrl+Alt+C).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="95" />
        <source>Copy plot</source>
        <translation>그래프 복사</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="96" />
        <source>Put the plot on the clipboard as a figure, to paste into a slide or a chat (Ctrl+Shift+C).</source>
        <translation>그래프를 그림으로 클립보드에 복사합니다. 슬라이드나 채팅에 붙여 넣을 수 있습니다 (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="103" />
        <source>Export mini-batch losses as CSV…</source>
        <translation>미니 배치 손실을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="104" />
        <source>Save the latest run's loss of every mini-batch (epoch, batch, batch size, loss) at full precision, to redo the noise plot yourself.</source>
        <translation>마지막 실행의 미니 배치별 손실(에포크, 배치, 배치 크기, 손실)을 모든 자릿수 그대로 저장합니다. 노이즈 그래프를 직접 다시 그려 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="56" />
        <source>Export SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="63" />
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="64" />
        <source>Save the latest run's curves, one row per epoch (Ctrl+Shift+E).</source>
        <translation>마지막 실행의 곡선을 에포크마다 한 행씩 저장합니다 (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="69" />
        <source>Export all runs as CSV…</source>
        <translation>모든 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="70" />
        <source>Save the curves of every run in the history in one table.</source>
        <translation>실행 기록에 있는 모든 실행의 곡선을 표 하나로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="73" />
        <source>Save experiment…</source>
        <translation>실험 저장…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="74" />
        <source>Save every run in the history, settings and curves, to a file (Ctrl+S).</source>
        <translation>실행 기록의 모든 실행을 설정과 곡선까지 파일에 저장합니다 (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="80" />
        <source>Open experiment…</source>
        <translation>실험 열기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="81" />
        <source>Open a saved experiment: its runs replace the history, and the panel gets the settings of its last run (Ctrl+O).</source>
        <translation>저장한 실험을 엽니다. 실행 기록이 파일의 실행으로 바뀌고, 패널에는 마지막 실행의 설정이 들어갑니다 (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="88" />
        <source>Copy as Python</source>
        <translation>Python 코드로 복사</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="110" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251" />
        <location filename="../gui/window_texts.py" line="112" />
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="113" />
        <source>Epochs, mini-batches, L1/L2 … (F1)</source>
        <translation>에포크, 미니 배치, L1/L2 … (F1)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="385" />
        <location filename="../gui/window_texts.py" line="115" />
        <source>About Minibatch Lab</source>
        <translation>Minibatch Lab 정보</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="241" />
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="244" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="245" />
        <source>&amp;Data</source>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="246" />
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="247" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="248" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="249" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="250" />
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="252" />
        <source> Speed: </source>
        <translation> 속도: </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="253" />
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="253" />
        <source>Slow</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="253" />
        <source>Slower</source>
        <translation>더 느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="253" />
        <source>Slowest</source>
        <translation>가장 느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="258" />
        <source>Slow the run down so a class can watch the curves form; the numbers do not change.</source>
        <translation>수업에서 곡선이 그려지는 모습을 지켜볼 수 있도록 훈련을 천천히 진행합니다. 결과 값은 달라지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="290" />
        <source>Cannot start</source>
        <translation>시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="297" />
        <location filename="../gui/main_window.py" line="312" />
        <source>Batch-size sweep</source>
        <translation>배치 크기 실험</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="298" />
        <source>Batch sizes to train, separated by commas ('full' = all rows):</source>
        <translation>훈련할 배치 크기를 쉼표로 구분해 입력하세요 ('full' 또는 '전체' = 전체 배치):</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="322" />
        <source>Clear all runs in the history?</source>
        <translation>실행 기록을 모두 지울까요?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="347" />
        <source>The run failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="387" />
        <source>Minibatch Lab trains the two-layer network of “Do it! 딥러닝 입문”, section 6-3, with mini-batch gradient descent, and shows the loss curves as they grow.</source>
        <translation>Minibatch Lab은 “Do it! 딥러닝 입문” 6-3절의 2개의 층을 가진 신경망을 미니 배치 경사 하강법으로 훈련하고, 손실 곡선이 그려지는 과정을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../gui/messages.py" line="27" />
        <source>Epoch {0}/{1} · {2} weight updates · {3:.2f} s · loss {4:.4f}</source>
        <translation>에포크 {0}/{1} · 가중치 업데이트 {2}회 · {3:.2f}초 · 손실 {4:.4f}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="39" />
        <source>Sweep: run {0} of {1}</source>
        <translation>배치 크기 실험: {1}개 중 {0}번째</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="44" />
        <source>Training…</source>
        <translation>훈련 중…</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="48" />
        <source>Paused in the first epoch. Press Resume to go on.</source>
        <translation>첫 에포크 도중에 일시 정지했습니다. 계속을 누르면 이어서 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="49" />
        <source>Paused after epoch {0}. Press Resume to go on.</source>
        <translation>에포크 {0}에서 일시 정지했습니다. 계속을 누르면 이어서 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="55" />
        <source>Ready. Press Start to train.</source>
        <translation>준비되었습니다. 시작을 누르면 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="56" />
        <source>Stopped before the first epoch ended: there is nothing to keep.</source>
        <translation>첫 에포크가 끝나기 전에 멈췄습니다. 남길 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="59" />
        <source>The run failed.</source>
        <translation>실행에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="64" />
        <source>Saved {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="66" />
        <source>Opened {0}: {1} runs.</source>
        <translation>{0} 파일을 열었습니다: 실행 {1}개.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="68" />
        <source>The plot is on the clipboard ({0} × {1} pixels): paste it into a slide.</source>
        <translation>그래프를 클립보드에 복사했습니다 ({0} × {1} 픽셀). 슬라이드에 붙여 넣으세요.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="72" />
        <source>The CSV file of the last session is gone ({0}): the book's data is used.</source>
        <translation>지난 세션의 CSV 파일이 없습니다({0}). 책의 데이터를 씁니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="76" />
        <source>The CSV file of the last session was not loaded ({0}): the book's data is used. Open it with Data → Open CSV… to see why.</source>
        <translation>지난 세션의 CSV 파일을 불러오지 못했습니다({0}). 책의 데이터를 씁니다. 이유를 보려면 데이터 → CSV 열기…로 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="87" />
        <source>Finished: {0}</source>
        <translation>완료: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="89" />
        <source>Stopped: {0}</source>
        <translation>중지됨: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="91" />
        <source>Stopped at epoch {0}: numbers overflowed.</source>
        <translation>에포크 {0}에서 멈춤: 계산 값이 넘쳤습니다(오버플로).</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="95" />
        <source>It replaces the earlier run with the same settings ({0}).</source>
        <translation>같은 설정의 이전 실행({0})을 대신합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="99" />
        <source>The earlier run with the same settings ({0}) went further and stays.</source>
        <translation>같은 설정의 이전 실행({0})이 더 많이 진행했으므로 그 실행을 남깁니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="117" />
        <source>stopped at epoch {0}</source>
        <translation>에포크 {0}에서 중지</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="119" />
        <source>diverged at epoch {0}</source>
        <translation>에포크 {0}에서 발산</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="121" />
        <source>paused at epoch {0}</source>
        <translation>에포크 {0}에서 일시 정지</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="123" />
        <source>running: epoch {0}</source>
        <translation>훈련 중: 에포크 {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="124" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="130" />
        <source>MLPClassifier loss, previous settings</source>
        <translation>MLPClassifier 손실, 이전 설정</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="131" />
        <source>MLPClassifier loss (L2 added per batch)</source>
        <translation>MLPClassifier 손실 (배치마다 L2 항 추가)</translation>
    </message>
</context>
<context>
    <name>ParamsPanel</name>
    <message>
        <location filename="../gui/params_panel.py" line="157" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="161" />
        <source>Which data the network learns from: the book's breast-cancer split, a 2-D toy problem, or your own CSV file.</source>
        <translation>신경망이 학습할 데이터를 고릅니다. 책과 같이 나눈 유방암 데이터, 2차원 연습용 문제, 직접 준비한 CSV 파일 중에서 고를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="127" />
        <source>Breast cancer (book)</source>
        <translation>유방암 (책)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="128" />
        <source>569 tumours with 30 measurements each, split as in the book into 364 training and 91 validation rows.</source>
        <translation>종양 샘플 569개(특성 30개)를 책과 같이 훈련 세트 364개와 검증 세트 91개로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="135" />
        <source>Moons</source>
        <translation>반달 (moons)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="136" />
        <source>Two interleaving half circles: no straight line separates them, a hidden layer can.</source>
        <translation>서로 맞물린 반원 두 개입니다. 직선으로는 나눌 수 없지만 은닉층이 있으면 나눌 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="143" />
        <source>Circles</source>
        <translation>동심원 (circles)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="144" />
        <source>One ring inside another: the network has to learn a round boundary.</source>
        <translation>고리 안에 또 다른 고리가 있습니다. 신경망이 둥근 경계를 학습해야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="149" />
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="150" />
        <source>Opposite corners share a class: the classic problem a single neuron cannot solve.</source>
        <translation>마주 보는 모서리끼리 같은 클래스입니다. 뉴런 하나로는 풀 수 없는 고전적인 문제입니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="156" />
        <source>Blobs</source>
        <translation>군집 (blobs)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="157" />
        <source>Two round clouds of points that a straight line separates: the easy baseline.</source>
        <translation>직선 하나로 나눌 수 있는 둥근 점 무리 두 개입니다. 비교 기준이 되는 쉬운 문제입니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="163" />
        <source>Open CSV…</source>
        <translation>CSV 열기…</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="164" />
        <source>Load your own CSV file: numeric feature columns and a label column with two values.</source>
        <translation>직접 준비한 CSV 파일을 불러옵니다. 숫자로 된 특성 열과 값이 두 가지인 레이블 열이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="173" />
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="175" />
        <source>How many points to generate; more points make each epoch slower but the shape clearer.</source>
        <translation>만들 샘플의 개수입니다. 많을수록 에포크마다 시간이 더 걸리지만 모양은 더 뚜렷해집니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="181" />
        <source>Noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="183" />
        <source>How much random jitter is added to every point; more noise makes the classes overlap.</source>
        <translation>각 샘플에 더하는 무작위 흔들림의 크기입니다. 노이즈가 클수록 클래스가 서로 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="187" />
        <source>Import options…</source>
        <translation>가져오기 옵션…</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="190" />
        <source>Open the import dialog again for this file: the label column, the columns to ignore, the classes, the delimiter and more.</source>
        <translation>이 파일의 가져오기 대화 상자를 다시 엽니다: 레이블 열, 무시할 열, 클래스, 구분자 등.</translation>
    </message>
    <message>
        <location filename="../gui/csv_source.py" line="41" />
        <source>CSV files (*.csv *.tsv *.txt *.data);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt *.data);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="196" />
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="198" />
        <source>The fraction of rows held back to measure the validation loss; the network never trains on them.</source>
        <translation>검증 손실을 재려고 따로 떼어 두는 샘플의 비율입니다. 신경망은 이 샘플로 훈련하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="178" />
        <source>{name}: {rows} rows, {features} features; label '{label}': '{zero}' → 0, '{one}' → 1; {train} training / {val} validation rows.</source>
        <translation>{name}: 샘플 {rows}개, 특성 {features}개, 레이블 '{label}'('{zero}' → 0, '{one}' → 1), 훈련 {train}개 / 검증 {val}개.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="193" />
        <source>569 rows, 30 features, split as in the book: {train} training / {val} validation rows (the 114 test rows are not used).</source>
        <translation>샘플 569개, 특성 30개, 책과 같이 분할: 훈련 {train}개 / 검증 {val}개 (테스트 샘플 114개는 사용하지 않음).</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="198" />
        <source>{rows} rows, {features} features: {train} training / {val} validation rows.</source>
        <translation>샘플 {rows}개, 특성 {features}개: 훈련 {train}개 / 검증 {val}개.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="243" />
        <location filename="../gui/params_panel.py" line="308" />
        <source>Cannot load the data</source>
        <translation>데이터를 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="244" />
        <source>The window makes its 2-D data with data seed 0; this run used {0}.</source>
        <translation>창에서는 2차원 데이터를 데이터 시드 0으로 만듭니다. 이 실행은 {0}을(를) 썼습니다.</translation>
    </message>
    <message>
        <location filename="../gui/csv_source.py" line="39" />
        <source>Open a CSV file</source>
        <translation>CSV 파일 열기</translation>
    </message>
</context>
<context>
    <name>PlotClip</name>
    <message>
        <location filename="../gui/plot_clip.py" line="62" />
        <source>{0} (validation)</source>
        <translation>{0} (검증)</translation>
    </message>
    <message>
        <location filename="../gui/plot_clip.py" line="91" />
        <source>▲ {name} diverged: loss up to {top}</source>
        <translation>▲ {name} 발산: 손실이 최대 {top}까지 올라감</translation>
    </message>
    <message>
        <location filename="../gui/plot_clip.py" line="93" />
        <source>▲ {name}: loss up to {top}, above the plot</source>
        <translation>▲ {name}: 손실이 최대 {top}, 그래프 위로 벗어남</translation>
    </message>
    <message>
        <location filename="../gui/plot_clip.py" line="96" />
        <source>… and {0} more curves cut off at the top</source>
        <translation>… 그 밖에 곡선 {0}개가 위쪽에서 잘림</translation>
    </message>
</context>
<context>
    <name>PlotHover</name>
    <message>
        <location filename="../gui/plot_readout.py" line="40" />
        <source>epoch {epoch} · {updates} updates · {samples} samples · {s} s</source>
        <translation>에포크 {epoch} · 업데이트 {updates}회 · 샘플 {samples}개 · {s}초</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="48" />
        <source>training accuracy {0}</source>
        <translation>훈련 정확도 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="51" />
        <source>validation accuracy {0}</source>
        <translation>검증 정확도 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="53" />
        <source>training loss {0}</source>
        <translation>훈련 손실 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="54" />
        <source>validation loss {0}</source>
        <translation>검증 손실 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="68" />
        <source>epoch {0}</source>
        <translation>에포크 {0}</translation>
    </message>
    <message>
        <location filename="../gui/plot_readout.py" line="69" />
        <source>loss {0}</source>
        <translation>손실 {0}</translation>
    </message>
</context>
<context>
    <name>PlotOptions</name>
    <message>
        <location filename="../gui/plot_options.py" line="86" />
        <source>Log y</source>
        <translation>로그 y</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="89" />
        <source>Logarithmic loss axis: late in a run the loss changes by thousandths, which a linear axis that also holds the first epoch's loss cannot show.</source>
        <translation>손실 축을 로그 눈금으로 그립니다. 훈련 후반에는 손실이 천분의 일 단위로 변하는데, 첫 에포크의 손실까지 담는 선형 축에서는 이 변화가 보이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="93" />
        <source>Log x</source>
        <translation>로그 x</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="96" />
        <source>Logarithmic x axis: runs of very different lengths (batch 1 makes 364 times the updates of the full batch) share the axis without squeezing the short ones into its first few percent. Remembered for each x axis.</source>
        <translation>x축을 로그 눈금으로 그립니다. 길이가 크게 다른 실행(배치 크기 1은 전체 배치보다 업데이트가 364배 많습니다)을 한 축에 그려도 짧은 실행이 축의 맨 앞 몇 퍼센트에 몰리지 않습니다. x축마다 따로 기억합니다.</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="101" />
        <source>X axis:</source>
        <translation>X축:</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="103" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="104" />
        <source>Weight updates</source>
        <translation>가중치 업데이트</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="105" />
        <source>Samples seen</source>
        <translation>처리한 샘플</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="106" />
        <source>Seconds</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="112" />
        <source>What the curves are drawn against. With different batch sizes, runs that look equal per epoch differ per weight update, and the other way round.</source>
        <translation>곡선의 가로축입니다. 배치 크기가 다르면 에포크 기준으로는 비슷해 보이는 실행도 가중치 업데이트 기준으로는 다르고, 그 반대도 마찬가지입니다.</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="116" />
        <source>Mini-batch noise</source>
        <translation>미니 배치 노이즈</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="117" />
        <source>Show the loss of every mini-batch, not only epochs</source>
        <translation>에포크마다가 아니라 미니 배치마다 손실을 표시합니다</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="118" />
        <source>Show scikit-learn curve</source>
        <translation>scikit-learn 곡선 표시</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="120" />
        <source>scikit-learn's MLPClassifier on the same data; drawn against epochs only</source>
        <translation>같은 데이터로 훈련한 scikit-learn의 MLPClassifier입니다. X축이 에포크일 때만 그려집니다</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="122" />
        <source>Zoom ⓘ</source>
        <translation>확대 ⓘ</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="127" />
        <source>Runs differ {0}× in length: &lt;a href='log-x'&gt;use a log x axis&lt;/a&gt;</source>
        <translation>실행 길이가 {0}배 차이 납니다: &lt;a href='log-x'&gt;x축을 로그 눈금으로&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="159" />
        <source>Zoom with the mouse wheel (over an axis: that axis only). Drag to move the view. Right-drag to stretch it. Click the small "A" in the lower-left corner, or press A, to show every curve again. Rest the mouse near a curve to read its values.</source>
        <translation>마우스 휠로 확대·축소합니다 (축 위에서 돌리면 그 축만). 끌면 화면이 움직이고, 오른쪽 버튼으로 끌면 늘이거나 줄입니다. 왼쪽 아래의 작은 "A"를 누르거나 A 키를 누르면 모든 곡선이 다시 보입니다. 곡선 가까이에 마우스를 올리면 값을 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../gui/plot_panel.py" line="148" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="149" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="151" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="152" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="170" />
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="171" />
        <source>weight updates</source>
        <translation>가중치 업데이트 횟수</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="172" />
        <source>samples seen</source>
        <translation>처리한 샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/plot_options.py" line="173" />
        <source>seconds</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="60" />
        <source>{label} train</source>
        <translation>{label} 훈련</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="64" />
        <source>{label} val</source>
        <translation>{label} 검증</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="76" />
        <source>… and {0} more runs</source>
        <translation>… 외 {0}개 실행</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="360" />
        <source>mini-batch losses</source>
        <translation>미니 배치 손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="85" />
        <source>solid: training</source>
        <translation>실선: 훈련</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="86" />
        <source>dashed: validation</source>
        <translation>파선: 검증</translation>
    </message>
</context>
<context>
    <name>RunNames</name>
    <message>
        <location filename="../gui/run_names.py" line="34" />
        <source>breast cancer</source>
        <translation>유방암</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="35" />
        <source>moons</source>
        <translation>반달</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="36" />
        <source>circles</source>
        <translation>동심원</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="37" />
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="38" />
        <source>blobs</source>
        <translation>군집</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="45" />
        <source>{0} points</source>
        <translation>샘플 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="47" />
        <source>noise {0}</source>
        <translation>노이즈 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="49" />
        <source>data seed {0}</source>
        <translation>데이터 시드 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="55" />
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="58" />
        <source>batch {0}</source>
        <translation>배치 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="59" />
        <source>lr {0}</source>
        <translation>학습률 {0}</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="62" />
        <source>{0} units</source>
        <translation>유닛 {0}개</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="63" />
        <source>all ones</source>
        <translation>모두 1</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="65" />
        <source>random init</source>
        <translation>무작위 초기화</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="66" />
        <source>{0} epochs</source>
        <translation>{0} 에포크</translation>
    </message>
    <message>
        <location filename="../gui/run_names.py" line="67" />
        <source>seed {0}</source>
        <translation>시드 {0}</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <location filename="../gui/dialogs.py" line="28" />
        <source>'{0}' is not a batch size: use whole numbers from 1 to {1}, or 'full', separated by commas.</source>
        <translation>'{0}'은(는) 배치 크기가 아닙니다. 1부터 {1}까지의 정수나 'full'(또는 '전체')을 쉼표로 구분해 입력하세요.</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="33" />
        <source>Give at least one batch size, e.g. 1, 32, full.</source>
        <translation>배치 크기를 하나 이상 입력하세요. 예: 1, 32, 전체</translation>
    </message>
    <message>
        <location filename="../gui/dialogs.py" line="36" />
        <source>At most {0} batch sizes in one sweep.</source>
        <translation>한 번의 실험에 넣을 수 있는 배치 크기는 최대 {0}개입니다.</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/training_form.py" line="129" />
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="130" />
        <source>Training</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="133" />
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="135" />
        <source>How many neurons the hidden layer has; more units can draw more complex boundaries, and overfit more easily.</source>
        <translation>은닉층의 뉴런 개수입니다. 유닛이 많을수록 더 복잡한 경계를 그릴 수 있지만 과대적합되기도 쉽습니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="139" />
        <source>Random (normal)</source>
        <translation>무작위 (정규 분포)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="140" />
        <source>All ones (symmetry problem)</source>
        <translation>모두 1 (대칭 문제)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="143" />
        <source>Initialisation</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="145" />
        <source>How the weights start: random values let the hidden units differ, all ones make every hidden unit learn exactly the same thing.</source>
        <translation>가중치의 시작 값을 정합니다. 무작위로 초기화하면 은닉 유닛이 서로 달라지고, 모두 1로 초기화하면 모든 은닉 유닛이 똑같이 학습합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="151" />
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="153" />
        <source>How many training rows are used for each weight update: 1 = stochastic gradient descent, full = batch gradient descent.</source>
        <translation>가중치를 한 번 업데이트할 때 사용하는 훈련 샘플 수입니다. 1이면 확률적 경사 하강법, 전체이면 배치 경사 하강법입니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="157" />
        <location filename="../gui/training_form.py" line="160" />
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="162" />
        <source>Use every training row in each update (batch gradient descent).</source>
        <translation>업데이트할 때마다 훈련 샘플을 모두 사용합니다 (배치 경사 하강법).</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="166" />
        <source>Set the batch size to {size}.</source>
        <translation>배치 크기를 샘플 {size}개로 정합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="169" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="171" />
        <source>How far each update moves the weights against the gradient: too large and the loss jumps, too small and learning crawls; the arrows step 1-2-5, the book uses 0.1.</source>
        <translation>한 번 업데이트할 때 가중치를 그레이디언트 반대 방향으로 얼마나 움직일지 정합니다. 너무 크면 손실이 출렁이고, 너무 작으면 학습이 아주 느립니다. 화살표는 1-2-5 단계로 값을 바꾸며, 책에서는 0.1을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="178" />
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="180" />
        <source>Penalty l1·Σ|W| added to the loss; pushes unhelpful weights to exactly zero, 0 turns it off.</source>
        <translation>손실에 l1·Σ|W|를 더합니다. 도움이 되지 않는 가중치를 정확히 0으로 만들며, 0이면 사용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="186" />
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="188" />
        <source>Penalty l2·ΣW²/2 added to the loss; keeps weights small and reduces overfitting. The book uses 0.01.</source>
        <translation>손실에 l2·ΣW²/2를 더합니다. 가중치를 작게 유지해 과대적합을 줄입니다. 책에서는 0.01을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="194" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="196" />
        <source>How many passes over all training rows; each pass makes the number of weight updates shown above.</source>
        <translation>훈련 세트 전체를 몇 번 반복할지 정합니다. 한 번 반복할 때마다 위에 표시된 횟수만큼 가중치를 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="202" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="204" />
        <source>Starts the random numbers for the initial weights and the batch order, so the same seed repeats the same run.</source>
        <translation>가중치 초기값과 배치 순서를 정하는 난수의 시작점입니다. 시드가 같으면 같은 실행이 그대로 반복됩니다.</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="266" />
        <source>= 1 weight update per epoch (full batch)</source>
        <translation>= 에포크당 가중치 업데이트 1회 (전체 배치)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="268" />
        <source>= 1 weight update per epoch (batch ≥ {rows} training rows)</source>
        <translation>= 에포크당 가중치 업데이트 1회 (배치 ≥ 훈련 샘플 {rows}개)</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="272" />
        <source>= {updates} weight updates per epoch</source>
        <translation>= 에포크당 가중치 업데이트 {updates}회</translation>
    </message>
    <message>
        <location filename="../gui/training_form.py" line="276" />
        <source>{rows} training rows ÷ batch size, rounded up: the last batch of each epoch may be smaller.</source>
        <translation>훈련 샘플 {rows}개를 배치 크기로 나누어 올림한 값입니다. 에포크마다 마지막 배치는 더 작을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingHints</name>
    <message>
        <location filename="../engine/error_catalog.py" line="178" />
        <source>Training stopped at epoch {epoch}: the loss or the weights became infinite or NaN. The learning rate is far too high; try one 10 or 100 times smaller.</source>
        <translation>에포크 {epoch}에서 훈련을 멈췄습니다. 손실이나 가중치가 무한대나 NaN이 되었습니다. 학습률이 너무 큽니다. 10배나 100배 작은 값으로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../engine/error_catalog.py" line="183" />
        <source>The training loss climbs and jumps instead of falling: the learning rate is probably too high. Try a smaller one (for example 10 times smaller).</source>
        <translation>훈련 손실이 줄지 않고 올라가며 크게 출렁입니다. 학습률이 너무 큰 것 같습니다. 더 작은 값(예를 들어 10배 작은 값)으로 해 보세요.</translation>
    </message>
</context>
</TS>