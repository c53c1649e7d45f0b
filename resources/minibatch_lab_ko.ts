<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../gui/boundary_view.py" line="154" />
        <source>The decision boundary is shown for 2-D datasets (moons, circles, XOR, blobs).</source>
        <translation>결정 경계는 2차원 데이터(반달, 동심원, XOR, 군집)에서만 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/boundary_view.py" line="157" />
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../gui/boundary_view.py" line="158" />
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
    <name>DataErrors</name>
    <message>
        <location filename="../gui/data_errors.py" line="36" />
        <source>No such file: {path}. Check the folder and the file name.</source>
        <translation>{path} 파일이 없습니다. 폴더와 파일 이름을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="39" />
        <source>{path} is a folder, not a CSV file. Choose a .csv file inside it.</source>
        <translation>{path}: CSV 파일이 아니라 폴더입니다. 폴더 안에 있는 .csv 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="42" />
        <source>Cannot read {path}: {reason}. Check that the file is readable.</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}. 파일을 읽을 수 있는지(권한 등) 확인하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="45" />
        <source>{file} is not a text CSV file (it contains binary data). Export the data as CSV (UTF-8) and open that file.</source>
        <translation>{file}: 텍스트 CSV 파일이 아닙니다(바이너리 데이터가 들어 있습니다). 데이터를 CSV(UTF-8) 형식으로 내보낸 뒤 그 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="50" />
        <source>{file}, row {row}: byte {byte} is not UTF-8 text. Save the file as 'CSV UTF-8' and open it again.</source>
        <translation>{file}, {row}행: UTF-8 텍스트가 아닌 바이트({byte})가 있습니다. 파일을 'CSV UTF-8' 형식으로 저장한 뒤 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="55" />
        <source>{file}, row {row}: {reason}. Check the quotes on that row.</source>
        <translation>{file}, {row}행: {reason}. 이 행의 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="58" />
        <source>{file} is empty. Choose a CSV file with data rows.</source>
        <translation>{file}: 파일이 비어 있습니다. 데이터 행이 들어 있는 CSV 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="61" />
        <source>{file} has a header line but no data rows. Add the data below the header.</source>
        <translation>{file}: 머리글 행만 있고 데이터 행이 없습니다. 머리글 아래에 데이터를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="65" />
        <source>{file}, row {row}: found {count} column (separator {separator}); at least 2 are needed, one or more features and the label. Separate the values with commas, semicolons or tabs.</source>
        <translation>{file}, {row}행: 열이 {count}개뿐입니다(구분자 {separator}). 특성 열이 하나 이상 있고 레이블 열도 있어야 하므로 열이 적어도 2개 필요합니다. 값을 쉼표, 세미콜론 또는 탭으로 구분하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="71" />
        <source>{file}, row {row}: {count} cells, but {reference} has {expected}. Give every row the same number of cells (look for a missing or extra separator).</source>
        <translation>{file}, {row}행: 셀이 {count}개인데 {reference}에는 {expected}개 있습니다. 모든 행의 셀 개수를 똑같이 맞추세요(빠졌거나 남는 구분자가 있는지 살펴보세요).</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="76" />
        <source>{file} has no column {label}. Choose the label from: {columns} (or give its number, 1 to {count}).</source>
        <translation>{file}에는 {label} 열이 없습니다. 레이블 열은 다음 중에서 고르세요: {columns} (또는 1부터 {count}까지의 열 번호를 입력하세요).</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="81" />
        <source>{file}, row {row}, {column}: {missing}. Fill it in or delete the row.</source>
        <translation>{file}, {row}행, {column}: {missing}. 값을 채우거나 이 행을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="84" />
        <source>{file}, row {row}, {column}: {value} is not a number{hint}. Feature columns must hold numbers: correct the cell, or choose this column as the label.</source>
        <translation>{file}, {row}행, {column}: {value} 값은 숫자가 아닙니다{hint}. 특성 열에는 숫자만 들어갈 수 있습니다. 셀을 고치거나, 이 열을 레이블 열로 선택하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="89" />
        <source>{file}, row {row}, {column}: {value} is infinite. Replace it with a finite number or delete the row.</source>
        <translation>{file}, {row}행, {column}: {value} 값은 무한대입니다. 유한한 숫자로 바꾸거나 이 행을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="94" />
        <source>{file}, row {row}, {column}: {missing}. Fill in the label or delete the row.</source>
        <translation>{file}, {row}행, {column}: {missing}. 레이블을 채우거나 이 행을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="98" />
        <source>{where}: every row has the value {value}; a classifier needs two classes. Choose another label column or add rows of the other class.</source>
        <translation>{where}: 모든 행의 값이 {value}입니다. 분류 모델에는 클래스가 두 개 필요합니다. 다른 레이블 열을 고르거나 다른 클래스의 행을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="103" />
        <source>{where}: {count} different values ({classes}); this app trains a two-class model, so the label must hold exactly two. Choose a two-valued column or keep only the rows of two classes.</source>
        <translation>{where}: 서로 다른 값이 {count}개 있습니다({classes}). 이 앱은 클래스가 두 개인 모델을 훈련하므로 레이블 열에는 값이 정확히 두 가지만 있어야 합니다. 값이 두 가지인 열을 고르거나 두 클래스의 행만 남기세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="109" />
        <source>{where}: class {class_name} has only {count} row(s); each class needs at least 2 (one for training, one for validation). Add rows of that class.</source>
        <translation>{where}: 클래스 {class_name}의 행이 {count}개뿐입니다. 클래스마다 행이 적어도 2개(훈련용 하나, 검증용 하나) 필요합니다. 이 클래스의 행을 더 추가하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="114" />
        <source>{where}: a validation ratio of {val_ratio} splits the {rows} rows into {train} train / {validation} validation, which cannot give both parts a row of each class: the smaller class ({class_name}) has {count} rows. Add rows of that class or choose a validation ratio nearer 0.5.</source>
        <translation>{where}: 검증 비율이 {val_ratio}이면 {rows}개 행이 훈련 {train}개 / 검증 {validation}개로 나뉘어, 훈련 세트와 검증 세트 양쪽에 두 클래스의 행을 모두 넣을 수 없습니다. 행이 적은 클래스({class_name})의 행은 {count}개입니다. 이 클래스의 행을 더 추가하거나 검증 비율을 0.5에 더 가깝게 고르세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="121" />
        <source>{where}: some values are too large to standardise (their squares overflow); rescale the columns, e.g. to other units, so that values stay below about 1e150.</source>
        <translation>{where}: 값이 너무 커서 표준화할 수 없습니다(제곱하면 오버플로가 일어납니다). 다른 단위로 바꾸는 식으로 열의 크기를 조정해 값이 대략 1e150보다 작아지게 하세요.</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="139" />
        <source>the value is missing ({value})</source>
        <translation>값이 누락되었습니다({value})</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="143" />
        <source>the cell is empty</source>
        <translation>셀이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="146" />
        <source> (use a dot as the decimal separator)</source>
        <translation>(소수점은 쉼표가 아니라 마침표로 쓰세요)</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="153" />
        <source>{file}, label {column}</source>
        <translation>{file}, 레이블 {column}</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="172" />
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="177" />
        <source>the header</source>
        <translation>머리글 행</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="179" />
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="191" />
        <source>column {name} ({number})</source>
        <translation>{name} 열({number}번째)</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="194" />
        <source>column {number}</source>
        <translation>{number}번째 열</translation>
    </message>
    <message>
        <location filename="../gui/data_errors.py" line="204" />
        <source> and {count} more</source>
        <translation> 외 {count}개</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../gui/file_actions.py" line="65" />
        <location filename="../gui/file_actions.py" line="80" />
        <source>Export PNG</source>
        <translation>PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="66" />
        <source>Width in pixels:</source>
        <translation>너비(픽셀):</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="84" />
        <source>Export SVG</source>
        <translation>SVG로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="93" />
        <location filename="../gui/file_actions.py" line="97" />
        <source>Export CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="93" />
        <source>Nothing to export yet: train a run.</source>
        <translation>아직 내보낼 곡선이 없습니다. 먼저 훈련을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="101" />
        <source>Export all runs as CSV</source>
        <translation>모든 실행을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="107" />
        <source>Save experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="109" />
        <source>Experiment (*.json)</source>
        <translation>실험 (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="118" />
        <source>Open experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="121" />
        <source>Experiment (*.json);;All files (*)</source>
        <translation>실험 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="125" />
        <source>The runs in the history will be replaced. Continue?</source>
        <translation>기록에 있는 실행이 모두 바뀝니다. 계속할까요?</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="131" />
        <source>Cannot open the experiment</source>
        <translation>실험을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="145" />
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../gui/file_actions.py" line="145" />
        <source>Could not write {0}: {1}</source>
        <translation>{0} 파일을 쓸 수 없습니다: {1}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../gui/history_model.py" line="79" />
        <source>Show this run's curves in the plot</source>
        <translation>이 실행의 곡선을 그래프에 표시합니다</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="81" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="82" />
        <source>Double-click a name to rename the run</source>
        <translation>이름을 더블클릭하면 실행 이름을 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="85" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="86" />
        <source>Epochs run, or where and why the run ended</source>
        <translation>실행한 에포크 수, 또는 실행이 언제 왜 끝났는지</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="89" />
        <source>Train loss</source>
        <translation>훈련 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="90" />
        <source>Training loss after the last epoch</source>
        <translation>마지막 에포크의 훈련 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="93" />
        <source>Val loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="94" />
        <source>Validation loss after the last epoch</source>
        <translation>마지막 에포크의 검증 손실</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="97" />
        <source>Val acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="98" />
        <source>Validation accuracy after the last epoch</source>
        <translation>마지막 에포크의 검증 정확도</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="101" />
        <source>Updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="102" />
        <source>Weight updates: epochs times batches per epoch</source>
        <translation>가중치 업데이트 횟수: 에포크 수 × 에포크당 배치 수</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="105" />
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="106" />
        <source>Seconds spent training</source>
        <translation>훈련에 걸린 시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="109" />
        <source>Dataset</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="110" />
        <source>The data the run learned from</source>
        <translation>이 실행이 학습한 데이터</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="112" />
        <source>Units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="112" />
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="113" />
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="113" />
        <source>Mini-batch size</source>
        <translation>미니 배치 크기</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="114" />
        <source>LR</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="114" />
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="115" />
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="115" />
        <source>L1 penalty</source>
        <translation>L1 규제</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="116" />
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="116" />
        <source>L2 penalty</source>
        <translation>L2 규제</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="118" />
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="119" />
        <source>Seed of the initial weights and the batch order</source>
        <translation>초기 가중치와 배치 순서의 시드</translation>
    </message>
    <message>
        <location filename="../gui/history_model.py" line="266" />
        <source>full</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history_panel.py" line="117" />
        <source>Use these settings</source>
        <translation>이 설정 사용</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="119" />
        <source>Put the selected run's data and settings back into the panel</source>
        <translation>선택한 실행의 데이터와 설정을 패널에 다시 넣습니다</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="121" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="122" />
        <source>Delete the selected runs (Del)</source>
        <translation>선택한 실행을 삭제합니다 (Del)</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="123" />
        <location filename="../gui/history_panel.py" line="223" />
        <source>Clear all</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="125" />
        <source>Remove every run, the comparison and the hints; a run in progress stops</source>
        <translation>모든 실행, 비교 결과, 안내를 지웁니다. 진행 중인 훈련은 멈춥니다</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="127" />
        <source>Show all</source>
        <translation>모두 표시</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="128" />
        <source>Hide all</source>
        <translation>모두 숨기기</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="130" />
        <source>Right-click for more columns: dataset, units, batch size, learning rate …</source>
        <translation>오른쪽 클릭으로 열을 더 볼 수 있습니다: 데이터셋, 유닛, 배치 크기, 학습률 …</translation>
    </message>
    <message>
        <location filename="../gui/history_panel.py" line="223" />
        <source>Remove every run from the history?</source>
        <translation>기록에서 모든 실행을 지울까요?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="221" />
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
        <location filename="../gui/main_window.py" line="308" />
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
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="43" />
        <source>Save the plot as a picture (Ctrl+E).</source>
        <translation>그래프를 그림 파일로 저장합니다 (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="46" />
        <source>Export SVG…</source>
        <translation>SVG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="47" />
        <source>Save the plot as a vector drawing.</source>
        <translation>그래프를 벡터 그림으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="50" />
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="51" />
        <source>Save the latest run's curves, one row per epoch (Ctrl+Shift+E).</source>
        <translation>마지막 실행의 곡선을 에포크마다 한 행씩 저장합니다 (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="56" />
        <source>Export all runs as CSV…</source>
        <translation>모든 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="57" />
        <source>Save the curves of every run in the history in one table.</source>
        <translation>실행 기록에 있는 모든 실행의 곡선을 표 하나로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="60" />
        <source>Save experiment…</source>
        <translation>실험 저장…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="61" />
        <source>Save every run in the history, settings and curves, to a file (Ctrl+S).</source>
        <translation>실행 기록의 모든 실행을 설정과 곡선까지 파일에 저장합니다 (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="67" />
        <source>Open experiment…</source>
        <translation>실험 열기…</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="68" />
        <source>Open a saved experiment: its runs replace the history, and the panel gets the settings of its last run (Ctrl+O).</source>
        <translation>저장한 실험을 엽니다. 실행 기록이 파일의 실행으로 바뀌고, 패널에는 마지막 실행의 설정이 들어갑니다 (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="75" />
        <source>Copy as Python</source>
        <translation>Python 코드로 복사</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="76" />
        <source>The code of this run and of the matching MLPClassifier (Ctrl+Shift+C).</source>
        <translation>이 실행과 이에 대응하는 MLPClassifier의 코드입니다 (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="81" />
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="237" />
        <location filename="../gui/window_texts.py" line="83" />
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <location filename="../gui/window_texts.py" line="84" />
        <source>Epochs, mini-batches, L1/L2 … (F1)</source>
        <translation>에포크, 미니 배치, L1/L2 … (F1)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="371" />
        <location filename="../gui/window_texts.py" line="86" />
        <source>About Minibatch Lab</source>
        <translation>Minibatch Lab 정보</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="228" />
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="231" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="232" />
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="233" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="234" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="235" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="236" />
        <source>Decision boundary</source>
        <translation>결정 경계</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="238" />
        <source> Speed: </source>
        <translation> 속도: </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239" />
        <source>Full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239" />
        <source>Slow</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239" />
        <source>Slower</source>
        <translation>더 느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239" />
        <source>Slowest</source>
        <translation>가장 느리게</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="244" />
        <source>Slow the run down so a class can watch the curves form; the numbers do not change.</source>
        <translation>수업에서 곡선이 그려지는 모습을 지켜볼 수 있도록 훈련을 천천히 진행합니다. 결과 값은 달라지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="276" />
        <source>Cannot start</source>
        <translation>시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="283" />
        <location filename="../gui/main_window.py" line="298" />
        <source>Batch-size sweep</source>
        <translation>배치 크기 실험</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="284" />
        <source>Batch sizes to train, separated by commas ('full' = all rows):</source>
        <translation>훈련할 배치 크기를 쉼표로 구분해 입력하세요 ('full' 또는 '전체' = 전체 배치):</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="308" />
        <source>Clear all runs in the history?</source>
        <translation>실행 기록을 모두 지울까요?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="333" />
        <source>The run failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="373" />
        <source>Minibatch Lab trains the two-layer network of “Do it! 딥러닝 입문”, section 6-3, with mini-batch gradient descent, and shows the loss curves as they grow.</source>
        <translation>Minibatch Lab은 “Do it! 딥러닝 입문” 6-3절의 2개의 층을 가진 신경망을 미니 배치 경사 하강법으로 훈련하고, 손실 곡선이 그려지는 과정을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../gui/messages.py" line="26" />
        <source>Epoch {0}/{1} · {2} weight updates · {3:.2f} s · loss {4:.4f}</source>
        <translation>에포크 {0}/{1} · 가중치 업데이트 {2}회 · {3:.2f}초 · 손실 {4:.4f}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="38" />
        <source>Sweep: run {0} of {1}</source>
        <translation>배치 크기 실험: {1}개 중 {0}번째</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="43" />
        <source>Training…</source>
        <translation>훈련 중…</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="47" />
        <source>Paused in the first epoch. Press Resume to go on.</source>
        <translation>첫 에포크 도중에 일시 정지했습니다. 계속을 누르면 이어서 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="48" />
        <source>Paused after epoch {0}. Press Resume to go on.</source>
        <translation>에포크 {0}에서 일시 정지했습니다. 계속을 누르면 이어서 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="54" />
        <source>Ready. Press Start to train.</source>
        <translation>준비되었습니다. 시작을 누르면 훈련합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="55" />
        <source>Stopped before the first epoch ended: there is nothing to keep.</source>
        <translation>첫 에포크가 끝나기 전에 멈췄습니다. 남길 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="58" />
        <source>The run failed.</source>
        <translation>실행에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="63" />
        <source>Saved {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="65" />
        <source>Opened {0}: {1} runs.</source>
        <translation>{0} 파일을 열었습니다: 실행 {1}개.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="72" />
        <source>Finished: {0}</source>
        <translation>완료: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="74" />
        <source>Stopped: {0}</source>
        <translation>중지됨: {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="76" />
        <source>Stopped at epoch {0}: numbers overflowed.</source>
        <translation>에포크 {0}에서 멈춤: 계산 값이 넘쳤습니다(오버플로).</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="80" />
        <source>It replaces the earlier run with the same settings ({0}).</source>
        <translation>같은 설정의 이전 실행({0})을 대신합니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="84" />
        <source>The earlier run with the same settings ({0}) went further and stays.</source>
        <translation>같은 설정의 이전 실행({0})이 더 많이 진행했으므로 그 실행을 남깁니다.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="93" />
        <source>Training stopped at epoch {0}: the loss became infinite or NaN. The learning rate is far too high; try one 10 or 100 times smaller.</source>
        <translation>에포크 {0}에서 훈련을 멈췄습니다. 손실이 무한대나 NaN이 되었습니다. 학습률이 너무 큽니다. 10배나 100배 작은 값으로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="99" />
        <source>The loss climbs and jumps: the learning rate is probably too high. Try a smaller one.</source>
        <translation>손실이 올라가며 크게 출렁입니다. 학습률이 너무 큰 것 같습니다. 더 작은 값으로 해 보세요.</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="111" />
        <source>stopped at epoch {0}</source>
        <translation>에포크 {0}에서 중지</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="113" />
        <source>diverged at epoch {0}</source>
        <translation>에포크 {0}에서 발산</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="115" />
        <source>paused at epoch {0}</source>
        <translation>에포크 {0}에서 일시 정지</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="117" />
        <source>running: epoch {0}</source>
        <translation>훈련 중: 에포크 {0}</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="118" />
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="124" />
        <source>MLPClassifier loss, previous settings</source>
        <translation>MLPClassifier 손실, 이전 설정</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="125" />
        <source>MLPClassifier loss (L2 added per batch)</source>
        <translation>MLPClassifier 손실 (배치마다 L2 항 추가)</translation>
    </message>
</context>
<context>
    <name>ParamsPanel</name>
    <message>
        <location filename="../gui/params_panel.py" line="143" />
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="147" />
        <source>Which data the network learns from: the book's breast-cancer split, a 2-D toy problem, or your own CSV file.</source>
        <translation>신경망이 학습할 데이터를 고릅니다. 책과 같이 나눈 유방암 데이터, 2차원 연습용 문제, 직접 준비한 CSV 파일 중에서 고를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="67" />
        <source>Breast cancer (book)</source>
        <translation>유방암 (책)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="68" />
        <source>569 tumours with 30 measurements each, split as in the book into 364 training and 91 validation rows.</source>
        <translation>종양 샘플 569개(특성 30개)를 책과 같이 훈련 세트 364개와 검증 세트 91개로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="75" />
        <source>Moons</source>
        <translation>반달 (moons)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="76" />
        <source>Two interleaving half circles: no straight line separates them, a hidden layer can.</source>
        <translation>서로 맞물린 반원 두 개입니다. 직선으로는 나눌 수 없지만 은닉층이 있으면 나눌 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="83" />
        <source>Circles</source>
        <translation>동심원 (circles)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="84" />
        <source>One ring inside another: the network has to learn a round boundary.</source>
        <translation>고리 안에 또 다른 고리가 있습니다. 신경망이 둥근 경계를 학습해야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="89" />
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="90" />
        <source>Opposite corners share a class: the classic problem a single neuron cannot solve.</source>
        <translation>마주 보는 모서리끼리 같은 클래스입니다. 뉴런 하나로는 풀 수 없는 고전적인 문제입니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="96" />
        <source>Blobs</source>
        <translation>군집 (blobs)</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="97" />
        <source>Two round clouds of points that a straight line separates: the easy baseline.</source>
        <translation>직선 하나로 나눌 수 있는 둥근 점 무리 두 개입니다. 비교 기준이 되는 쉬운 문제입니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="103" />
        <source>Open CSV…</source>
        <translation>CSV 열기…</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="104" />
        <source>Load your own CSV file: numeric feature columns and a label column with two values.</source>
        <translation>직접 준비한 CSV 파일을 불러옵니다. 숫자로 된 특성 열과 값이 두 가지인 레이블 열이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="159" />
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="161" />
        <source>How many points to generate; more points make each epoch slower but the shape clearer.</source>
        <translation>만들 샘플의 개수입니다. 많을수록 에포크마다 시간이 더 걸리지만 모양은 더 뚜렷해집니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="167" />
        <source>Noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="169" />
        <source>How much random jitter is added to every point; more noise makes the classes overlap.</source>
        <translation>각 샘플에 더하는 무작위 흔들림의 크기입니다. 노이즈가 클수록 클래스가 서로 겹칩니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="175" />
        <source>Label column</source>
        <translation>레이블 열</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="177" />
        <source>The column holding the class to predict; it must contain exactly two different values.</source>
        <translation>예측할 클래스가 들어 있는 열입니다. 서로 다른 값이 정확히 두 가지여야 합니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="183" />
        <source>Validation share</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="185" />
        <source>The fraction of rows held back to measure the validation loss; the network never trains on them.</source>
        <translation>검증 손실을 재려고 따로 떼어 두는 샘플의 비율입니다. 신경망은 이 샘플로 훈련하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="118" />
        <source>{name}: {rows} rows, {features} features; label '{label}': '{zero}' → 0, '{one}' → 1; {train} training / {val} validation rows.</source>
        <translation>{name}: 샘플 {rows}개, 특성 {features}개, 레이블 '{label}'('{zero}' → 0, '{one}' → 1), 훈련 {train}개 / 검증 {val}개.</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="133" />
        <source>569 rows, 30 features, split as in the book: {train} training / {val} validation rows (the 114 test rows are not used).</source>
        <translation>샘플 569개, 특성 30개, 책과 같이 분할: 훈련 {train}개 / 검증 {val}개 (테스트 샘플 114개는 사용하지 않음).</translation>
    </message>
    <message>
        <location filename="../gui/data_choice.py" line="138" />
        <source>{rows} rows, {features} features: {train} training / {val} validation rows.</source>
        <translation>샘플 {rows}개, 특성 {features}개: 훈련 {train}개 / 검증 {val}개.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="235" />
        <location filename="../gui/params_panel.py" line="293" />
        <source>Cannot load the data</source>
        <translation>데이터를 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="236" />
        <source>The window makes its 2-D data with data seed 0; this run used {0}.</source>
        <translation>창에서는 2차원 데이터를 데이터 시드 0으로 만듭니다. 이 실행은 {0}을(를) 썼습니다.</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="298" />
        <source>Open a CSV file</source>
        <translation>CSV 파일 열기</translation>
    </message>
    <message>
        <location filename="../gui/params_panel.py" line="300" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../gui/plot_export.py" line="84" />
        <location filename="../gui/plot_export.py" line="92" />
        <source>Cannot save {path}: {reason}</source>
        <translation>{path} 파일을 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/plot_export.py" line="93" />
        <source>write failed</source>
        <translation>쓰기 실패</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../gui/plot_panel.py" line="192" />
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="193" />
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="194" />
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="195" />
        <source>Logarithmic loss axis: small late changes show up</source>
        <translation>손실 축을 로그 스케일로 그립니다. 후반의 작은 변화도 잘 보입니다</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="196" />
        <source>X axis:</source>
        <translation>X축:</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="198" />
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="199" />
        <source>Weight updates</source>
        <translation>가중치 업데이트</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="200" />
        <source>Samples seen</source>
        <translation>처리한 샘플</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="201" />
        <source>Seconds</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="205" />
        <source>Mini-batch noise</source>
        <translation>미니 배치 노이즈</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="206" />
        <source>Show the loss of every mini-batch, not only epochs</source>
        <translation>에포크마다가 아니라 미니 배치마다 손실을 표시합니다</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="207" />
        <source>Show scikit-learn curve</source>
        <translation>scikit-learn 곡선 표시</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="209" />
        <source>scikit-learn's MLPClassifier on the same data; drawn against epochs only</source>
        <translation>같은 데이터로 훈련한 scikit-learn의 MLPClassifier입니다. X축이 에포크일 때만 그려집니다</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="212" />
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="213" />
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="222" />
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="223" />
        <source>weight updates</source>
        <translation>가중치 업데이트 횟수</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="224" />
        <source>samples seen</source>
        <translation>처리한 샘플 수</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="225" />
        <source>seconds</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="45" />
        <source>{label} train</source>
        <translation>{label} 훈련</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="49" />
        <source>{label} val</source>
        <translation>{label} 검증</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="61" />
        <source>… and {0} more runs</source>
        <translation>… 외 {0}개 실행</translation>
    </message>
    <message>
        <location filename="../gui/plot_panel.py" line="346" />
        <source>mini-batch losses</source>
        <translation>미니 배치 손실</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="70" />
        <source>solid, dash-dot: training</source>
        <translation>실선, 일점쇄선: 훈련</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="71" />
        <source>dashed, dotted: validation</source>
        <translation>파선, 점선: 검증</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="73" />
        <source>solid: training</source>
        <translation>실선: 훈련</translation>
    </message>
    <message>
        <location filename="../gui/plot_legend.py" line="74" />
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
</TS>